import CasusCore
import CasusTestSupport
import Foundation
import Testing

/// The EDEXML reader on its own: bytes in, a plan out.
@Suite struct EDEXImportTests {
    static let folder = Fixtures.root + "/Tests/Fixtures/edexml/"
    static func sample(_ name: String = "EDEX-sample.xml") -> [UInt8] {
        [UInt8](FileManager.default.contents(atPath: folder + name) ?? Data())
    }

    func plan(_ xml: String, file: String = "EDEX.XML") throws -> ImportPlan {
        try EDEXImport.plan(bytes: Array(xml.utf8), file: file)
    }

    func refusal(_ body: () throws -> Void) -> CasusError? {
        do { try body() } catch let e as CasusError { return e } catch {
            return CasusError(.storage, Phrase(verbatim: "\(error)"))
        }
        return nil
    }

    func person(_ plan: ImportPlan, _ key: String) -> Person? {
        plan.entries.first { $0.person.externalID == key }?.person
    }

    @Test func theSampleGivesPupilsWithGroupsAndTeachersAsStaff() throws {
        let plan = try EDEXImport.plan(bytes: Self.sample(), file: "EDEX-sample.xml")
        #expect(plan.problems.isEmpty)
        #expect(plan.version == "2.1" && plan.encoding == "UTF-8" && plan.groups == 6)
        let pupils = plan.entries.filter { $0.person.kind == .pupil }
        let staff = plan.entries.filter { $0.person.kind == .staff }
        // Eight pupils minus the peuter; the former pupil is there to be updated only.
        #expect(pupils.count == 8 && pupils.filter(\.onlyUpdate).map(\.person.externalID) == ["099120"])
        #expect(staff.count == 4)
        let joelle = try #require(person(plan, "100231"))
        #expect(joelle.name == "Joëlle de Vries" && joelle.group == "5" && joelle.birthDate?.iso == "2017-04-03")
        #expect(person(plan, "100233")?.lastName == "El Amrani" && person(plan, "100233")?.infix == "")
        #expect(person(plan, "100235")?.name == "Thijs van 't Hof" && person(plan, "100235")?.group == "4")
        // A combination group (jaargroep C): each pupil's own jaargroep counts.
        #expect(person(plan, "100236")?.group == "2" && person(plan, "100237")?.group == "1")
        #expect(person(plan, "100238") == nil)  // peutergroep, jaargroep 0
        #expect(person(plan, "099120")?.leftOn?.iso == "2023-07-14")
        #expect(person(plan, "LK-017")?.function == "leerkracht")
        #expect(person(plan, "LK-021")?.function == "leerkracht" && person(plan, "LK-021")?.name == "Ruud van der Meer")
        #expect(person(plan, "LK-030")?.function == "intern begeleider")
        #expect(person(plan, "LK-044")?.function == "gymleerkracht" && person(plan, "LK-044")?.firstName == "J.P.")
        #expect(plan.entries.first { $0.person.externalID == "100231" }?.line == 60)
        #expect(plan.notes.contains { $0.nl.contains("peutergroep") })
    }

    @Test func theBSNAndOtherFieldsAreLeftOutAndListed() throws {
        let plan = try EDEXImport.plan(bytes: Self.sample(), file: "EDEX-sample.xml")
        let left = Dictionary(uniqueKeysWithValues: plan.leftOut.map { ($0.field, $0.count) })
        #expect(plan.leftOut.first?.field == "bsn")
        #expect(left["bsn"] == 9 && left["geslacht"] == 9 && left["postcodenl"] == 4 && left["eckid"] == 2)
        #expect(
            left["emailadres"] == 2 && left["land_vader"] == 1 && left["toevoegingen"] == 1 && left["voornamen"] == 3)
        #expect(left["mutatiedatum"] == nil && left["roepnaam"] == nil && left["achternaam"] == nil)
        #expect(plan.leftOut.first?.label.nl == "burgerservicenummer (BSN)")
        // Nothing the plan would store holds a BSN.
        let stored = plan.entries.map { "\($0.person)" }.joined()
        for bsn in ["725763863", "162275869", "192285142", "8911AB"] { #expect(!stored.contains(bsn)) }
        let lines = ImportSummary.lines(
            ImportReport(
                format: .edexml, added: 0, updated: 0, unchanged: 0, skipped: 0, linked: 0,
                pupils: 8, staff: 4, parents: 0, groups: 6, encoding: "UTF-8", delimiter: nil,
                version: "2.1", leftOut: plan.leftOut, notes: plan.notes, dryRun: true))
        let text = lines.map { $0(.nl) }.joined(separator: "\n")
        #expect(text.contains("dataminimalisatie, AVG art. 5 lid 1 sub c"))
        #expect(text.contains("bsn — burgerservicenummer (BSN) (9×)"))
        #expect(lines.map { $0(.en) }.joined().contains("GDPR art. 5(1)(c)"))
    }

    @Test func anISO88591FileReadsItsDiacritics() throws {
        let bytes = Self.sample("EDEX-sample-latin1.xml")
        #expect(String(validating: bytes, as: UTF8.self) == nil)  // really Latin-1
        let plan = try EDEXImport.plan(bytes: bytes, file: "EDEX-latin1.xml")
        #expect(plan.encoding == "ISO-8859-1" && plan.problems.isEmpty)
        #expect(
            Set(plan.entries.map(\.person.name)) == [
                "Anaïs Lefèvre", "Björn Müller", "Zoë de la Ruíz", "Renée Brouwer",
            ])
        #expect(person(plan, "L-501")?.group == "3")  // from its groep's jaargroep
    }

    @Test func iso88591WrittenByWindowsReadsQuotesAsWindows1252() throws {
        var bytes = Array(
            "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<EDEX><school/><leerlingen><leerling key=\"1\"><achternaam>D"
                .utf8)
        bytes +=
            [0x92] + Array("Angelo</achternaam><roepnaam>Lu".utf8) + [0xEF]
            + Array("s</roepnaam></leerling></leerlingen></EDEX>".utf8)
        let plan = try EDEXImport.plan(bytes: bytes, file: "x.xml")
        #expect(plan.entries.first?.person.name == "Luïs D’Angelo")
    }

    @Test func brokenXMLIsRefusedWithFileAndLine() {
        let cases: [(String, String, String)] = [
            (
                "<EDEX>\n<leerlingen>\n<leerling key=\"1\">\n<achternaam>Vos</roepnaam>\n</leerling>\n</leerlingen>\n</EDEX>",
                "b.xml:4", "<achternaam> van regel 4"
            ),
            ("<EDEX>\n<leerlingen>\n<leerling key=\"1\">\n", "b.xml:3", "nog open"),
            (
                "<EDEX>\n<school/>\n<leerlingen>\n<leerling key=\"1\"><achternaam>Jansen & Zn</achternaam></leerling>\n</leerlingen></EDEX>",
                "b.xml:4", "&amp;"
            ),
            ("<EDEX>\n\n<leerling key=1/></EDEX>", "b.xml:3", "tussen aanhalingstekens"),
            ("<EDEX>\n<leerling key=\"1\"\n</EDEX>", "b.xml:3", "niet met > sluit"),
            ("<EDEX>\n<a>&nbsp;</a></EDEX>", "b.xml:2", "onbekende entiteit"),
        ]
        for (xml, location, words) in cases {
            let e = refusal { _ = try plan(xml, file: "b.xml") }
            #expect(e?.location == location, "\(xml.debugDescription): \(String(describing: e))")
            #expect(e?.message.nl.contains(words) == true, "\(e?.message.nl ?? "no refusal")")
            #expect(e?.message.nl.hasPrefix("geen geldig XML") == true)
        }
        // Latin-1 bytes in a file that declares nothing (so UTF-8).
        let latin =
            Array("<EDEX>\n<leerlingen>\n<leerling key=\"1\"><achternaam>Lef".utf8) + [0xE8]
            + Array("vre</achternaam></leerling></leerlingen></EDEX>".utf8)
        let e = refusal { _ = try EDEXImport.plan(bytes: latin, file: "l.xml") }
        #expect(e?.location == "l.xml:3")
        #expect(e?.hint?.nl.contains("encoding=\"ISO-8859-1\"") == true)
    }

    @Test func whatIsNotEDEXMLOrUnsafeIsRefused() {
        #expect(refusal { _ = try plan("", file: "e.xml") }?.message.nl == "het bestand is leeg")
        #expect(
            refusal { _ = try plan("<?xml version=\"1.0\"?>\n<html><body/></html>", file: "h.xml") }?.location
                == "h.xml:2")
        let doctype = refusal {
            _ = try plan(
                "<?xml version=\"1.0\"?>\n<!DOCTYPE EDEX [<!ENTITY a \"aaaa\">]>\n<EDEX>&a;</EDEX>", file: "d.xml")
        }
        #expect(doctype?.location == "d.xml:2" && doctype?.message.nl.contains("DOCTYPE") == true)
        let noPupils = refusal {
            _ = try plan("<EDEX>\n<school/>\n<leerlingen>\n</leerlingen>\n</EDEX>", file: "n.xml")
        }
        #expect(noPupils?.message.nl.contains("geen leerlingen") == true && noPupils?.location == "n.xml:3")
        let utf16 = refusal { _ = try EDEXImport.plan(bytes: [0xFF, 0xFE] + Array("<\0E\0".utf8), file: "u.xml") }
        #expect(utf16?.message.nl.contains("UTF-16") == true)
    }

    @Test func everyBadElementIsNamedWithItsLine() throws {
        let xml = """
            <EDEX>
            <school><xsdversie>2.1</xsdversie></school>
            <groepen>
            <groep key="A"><naam>Groep 3</naam><jaargroep>3</jaargroep></groep>
            <groep key="A"><naam>Groep 4</naam><jaargroep>4</jaargroep></groep>
            </groepen>
            <leerlingen>
            <leerling key="1"><achternaam>Vos</achternaam><roepnaam>Sem</roepnaam><groep key="A"/></leerling>
            <leerling key="1"><achternaam>Kok</achternaam><roepnaam>Finn</roepnaam></leerling>
            <leerling key="3"><roepnaam>Wimpie</roepnaam></leerling>
            <leerling key="4"><achternaam>Smit</achternaam><roepnaam>Lotte</roepnaam>
            <geboortedatum>2019-02-31</geboortedatum></leerling>
            <leerling key="5"><achternaam>Bos</achternaam><roepnaam>Iris</roepnaam><jaargroep>9</jaargroep></leerling>
            <leerling key="6"><achternaam>Dekker</achternaam><roepnaam>Bram</roepnaam>
            <groep key="Z"/></leerling>
            <leerling><achternaam>Visser</achternaam><roepnaam>Eva</roepnaam></leerling>
            </leerlingen>
            <leerkrachten>
            <leerkracht key="T1"><achternaam>Mulder</achternaam></leerkracht>
            <leerkracht key="T2"><achternaam>Jong</achternaam><voorvoegsel>de</voorvoegsel><roepnaam>Kees</roepnaam>
            <groepen><groep key="Q"/></groepen></leerkracht>
            </leerkrachten>
            </EDEX>
            """
        let p = try plan(xml, file: "f.xml")
        let found = Dictionary(grouping: p.problems, by: \.line).mapValues {
            $0.map(\.message.nl).joined(separator: " | ")
        }
        #expect(found[5]?.contains("groep-key ‘A’ staat ook op regel 4") == true)
        #expect(found[9]?.contains("leerling-key ‘1’ staat ook op regel 8") == true)
        #expect(found[10]?.contains("achternaam ontbreekt") == true)
        #expect(found[12]?.contains("geboortedatum ‘2019-02-31’") == true)
        #expect(found[13]?.contains("jaargroep ‘9’ bestaat niet") == true)
        #expect(found[15]?.contains("groep ‘Z’ staat niet in <groepen>") == true)
        #expect(found[16]?.contains("leerling zonder key") == true)
        #expect(found[19]?.contains("roepnaam ontbreekt") == true)
        #expect(found[21]?.contains("groep ‘Q’ staat niet in <groepen>") == true)
        #expect(p.problems.count == 9)
        let e = ImportPlan.refusal(p.problems, file: "f.xml", format: .edexml)
        #expect(e.message.nl.hasPrefix("9 regels afgekeurd; er is niets ingelezen\nf.xml:5: "))
        #expect(e.hint?.nl.contains("ParnasSys") == true)
    }

    /// Mangled copies of the sample: every one is read or refused with a CasusError, never a crash.
    @Test func mangledFilesNeverCrashTheReader() {
        let sample = Self.sample()
        var rng = SystemRandomNumberGenerator()
        for round in 0..<(Int(ProcessInfo.processInfo.environment["CASUS_FUZZ_ROUNDS"] ?? "") ?? 300) {
            var b = sample
            for _ in 0..<(1 + round % 8) {
                let i = Int.random(in: 0..<b.count, using: &rng)
                switch round % 4 {
                case 0: b[i] = UInt8.random(in: 0...255, using: &rng)
                case 1: b.remove(at: i)
                case 2: b.insert(Array("<>&\"'/=".utf8).randomElement(using: &rng)!, at: i)
                default: b = Array(b[..<i])
                }
                if b.isEmpty { break }
            }
            do {
                _ = try EDEXImport.plan(bytes: b, file: "m.xml")
            } catch let e as CasusError {
                #expect(e.location?.hasPrefix("m.xml:") == true, "\(e)")
            } catch {
                Issue.record("not a CasusError: \(error)")
            }
        }
    }
}
