import CasusCore
import CasusStore
import CasusTestSupport
import Foundation
import Testing

/// `casus people import --format edexml` through the service: one transaction, all or nothing.
@Suite struct EDEXImportStoreTests {
    static let folder = Fixtures.root + "/Tests/Fixtures/edexml/"
    static func sample(_ name: String = "EDEX-sample.xml") -> [UInt8] {
        [UInt8](FileManager.default.contents(atPath: folder + name) ?? Data())
    }
    static let bsns = [
        "725763863", "162275869", "192285142", "691682483", "987825707", "688136138", "864623112", "321146487",
        "187891151",
    ]

    @Test func theSampleImportsPupilsWithGroupsAndTeachersAsStaff() throws {
        let school = try TestSchool(protocol: "jozefschool")
        let r = try school.service.directory.importPeople(edexml: Self.sample(), file: "EDEX-sample.xml", dryRun: false)
            .value
        #expect((r.added, r.updated, r.unchanged, r.skipped) == (11, 0, 0, 1))
        #expect(r.pupils == 8 && r.staff == 4 && r.groups == 6 && r.version == "2.1" && r.format == .edexml)
        let pupils = try school.service.directory.people(kinds: [.pupil])
        #expect(pupils.count == 7)
        #expect(
            Dictionary(uniqueKeysWithValues: pupils.map { ($0.name, $0.group ?? "-") }) == [
                "Joëlle de Vries": "5", "Daniël Çelik": "5", "Noah El Amrani": "8", "Zoë van den Berg": "7",
                "Thijs van 't Hof": "4", "Siënna Ødegård": "2", "Luuk Bakker": "1",
            ])
        let staff = try school.service.directory.people(kinds: [.staff]).filter { $0.externalID != nil }
        #expect(
            Set(staff.map { "\($0.name): \($0.function ?? "")" }) == [
                "Marloes Hendriks: leerkracht", "Ruud van der Meer: leerkracht", "Özlem Aydın: intern begeleider",
                "J.P. Dijkstra: gymleerkracht",
            ])
        #expect(
            try school.service.integrity.auditLog(person: nil).contains {
                $0.action == "people.import" && $0.detail.hasPrefix("edexml:")
            })
    }

    @Test func noBSNIsStoredAnywhereInTheDatabase() throws {
        let scratch = Scratch("edex")
        let path = scratch.path("school.sqlite")
        do {
            let school = try TestSchool(protocol: "jozefschool", storage: try SQLiteStorage(path: path))
            _ = try school.service.directory.importPeople(edexml: Self.sample(), file: "EDEX-sample.xml", dryRun: false)
                .value
            _ = try school.service.directory.importPeople(
                edexml: Self.sample("EDEX-sample-latin1.xml"), file: "latin1.xml", dryRun: false
            ).value
            #expect(try school.service.directory.people(kinds: [.pupil]).count == 10)
        }
        var bytes = Data()
        for suffix in ["", "-wal", "-journal"] {
            if let d = FileManager.default.contents(atPath: path + suffix) { bytes.append(d) }
        }
        #expect(bytes.count > 0)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("El Amrani"))  // the scan does see what is stored
        for secret in Self.bsns + [
            "883235912", "178598835", "467279627", "8911AB", "8913EF", "noah.elamrani@leerling.example",
            "LL_fictief_0001", "Broertje in groep 4",
        ] {
            #expect(!text.contains(secret), "\(secret) is in the database")
        }
    }

    @Test func aReImportUpdatesWithoutDuplicates() throws {
        let school = try TestSchool(protocol: "jozefschool")
        _ = try school.service.directory.importPeople(edexml: Self.sample(), file: "EDEX.XML", dryRun: false).value
        let again = try school.service.directory.importPeople(edexml: Self.sample(), file: "EDEX.XML", dryRun: false)
            .value
        #expect((again.added, again.updated, again.unchanged) == (0, 0, 11))
        // Next year: Joëlle moves to group 6, Ruud becomes IB, Daan (a former pupil) was known by then.
        var text = String(decoding: Self.sample(), as: UTF8.self)
        text = text.replacingOccurrences(
            of: "<jaargroep>5</jaargroep>\n\t\t\t<groep key=\"G5B\"/>\n\t\t\t<land>NL</land>\n\t\t\t<bsn>725763863",
            with: "<jaargroep>6</jaargroep>\n\t\t\t<groep key=\"G5B\"/>\n\t\t\t<land>NL</land>\n\t\t\t<bsn>725763863")
        text = text.replacingOccurrences(
            of: "<roepnaam>Ruud</roepnaam>", with: "<roepnaam>Ruud</roepnaam>\n\t\t\t<rol>IB</rol>")
        _ = try school.service.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Daan", lastName: "Smit", group: "8", externalID: "099120")
        ).value
        let third = try school.service.directory.importPeople(edexml: Array(text.utf8), file: "EDEX.XML", dryRun: false)
            .value
        #expect((third.added, third.updated, third.unchanged, third.skipped) == (0, 3, 9, 0))
        let pupils = try school.service.directory.people(kinds: [.pupil])
        #expect(pupils.count == 8)
        #expect(pupils.first { $0.externalID == "100231" }?.group == "6")
        let daan = try #require(pupils.first { $0.externalID == "099120" })
        #expect(daan.leftOn?.iso == "2023-07-14" && daan.group == "8")
        #expect(
            try school.service.directory.people(kinds: [.staff]).first { $0.externalID == "LK-021" }?.function
                == "intern begeleider")
        #expect(try school.service.directory.people(kinds: [.staff]).filter { $0.externalID != nil }.count == 4)
    }

    @Test func aBadFileChangesNothingAndADryRunWritesNothing() throws {
        let school = try TestSchool(protocol: "jozefschool")
        let before = try school.service.directory.countPeople()
        // One pupil without a last name among good ones: the whole file is refused.
        let bad = String(decoding: Self.sample(), as: UTF8.self)
            .replacingOccurrences(of: "<achternaam>Bakker</achternaam>", with: "")
        let e = refusal {
            _ = try school.service.directory.importPeople(edexml: Array(bad.utf8), file: "EDEX.XML", dryRun: false)
                .value
        }
        #expect(
            e?.message.nl.contains("EDEX.XML:143: leerling ‘100237’: achternaam ontbreekt") == true,
            "\(String(describing: e))")
        #expect(e?.message.nl.contains("er is niets ingelezen") == true)
        #expect(try school.service.directory.countPeople() == before)
        let broken = refusal {
            _ = try school.service.directory.importPeople(
                edexml: Array("<EDEX>\n<leerlingen>\n</EDEX>".utf8), file: "kapot.xml", dryRun: false
            ).value
        }
        #expect(broken?.location == "kapot.xml:3")
        let dry = try school.service.directory.importPeople(edexml: Self.sample(), file: "EDEX.XML", dryRun: true).value
        #expect(dry.added == 11 && dry.dryRun)
        #expect(try school.service.directory.countPeople() == before)
    }

    @Test func anIBMayNotImport() throws {
        let school = try TestSchool(protocol: "jozefschool")
        try school.service.directory.addUser(account: "ib", role: .ib, personID: nil).value
        let ib = try school.session("ib")
        #expect(
            refusal { _ = try ib.directory.importPeople(edexml: Self.sample(), file: "EDEX.XML", dryRun: true).value }?
                .kind == .refused)
    }
}

@Suite struct EDEXImportAdoptionTests {
    /// The director made by `casus init` and people added by hand before the first import are
    /// taken over (their number set), not added a second time.
    @Test func peopleAddedByHandAreTakenOverNotDuplicated() throws {
        let school = try TestSchool(protocol: "jozefschool")
        let marloes = try school.staff("Marloes", "Hendriks")
        let thijs = try school.service.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Thijs", infix: "van 't", lastName: "Hof", group: "3")
        ).value
        // Another Zoë van den Berg: born on another day, so someone else.
        _ = try school.service.directory.addPerson(
            Person(
                schoolID: 1, kind: .pupil, firstName: "Zoë", infix: "van den", lastName: "Berg",
                birthDate: LocalDate(iso: "2012-01-01"))
        ).value
        let r = try school.service.directory.importPeople(
            edexml: EDEXImportStoreTests.sample(), file: "EDEX.XML", dryRun: false
        ).value
        #expect((r.added, r.updated) == (9, 2))
        let staff = try school.service.directory.people(kinds: [.staff])
        #expect(staff.filter { $0.lastName == "Hendriks" }.map(\.id) == [marloes.id])
        #expect(staff.first { $0.id == marloes.id }?.externalID == "LK-017")
        let pupils = try school.service.directory.people(kinds: [.pupil])
        #expect(
            pupils.first { $0.id == thijs.id }?.externalID == "100235"
                && pupils.first { $0.id == thijs.id }?.group == "4")
        #expect(pupils.filter { $0.lastName == "Berg" }.count == 2)
        #expect(staff.filter { $0.lastName == "Dam" }.count == 1)  // the director, not in the file
    }
}
