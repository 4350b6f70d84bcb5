/// How far the source of a rule was checked against the primary text (research/law.md).
public enum Verification: String, Sendable, Codable, CaseIterable {
    /// The statute's text was read and quoted.
    case verified
    /// Part of it was read, or only a secondary text was found.
    case partly
    /// No primary text was found (the CAO PO's article numbers, an Inspectie duty for a PO removal).
    case unverified
    /// Guidance, case law of a committee, school practice or casus's own design: no statute.
    case guidance
}

/// One source casus cites: what it prints, and how far it was verified. Every citation in a
/// note, a refusal, `protocol show` or a letter comes from `Law`, so the list of what casus
/// cites is `Law.all`.
public struct LegalSource: Sendable, Hashable {
    public let cite: Phrase
    public let status: Verification
    public let url: String?

    public init(_ cite: Phrase, _ status: Verification = .verified, url: String? = nil) {
        self.cite = cite
        self.status = status
        self.url = url
    }

    public init(_ cite: String, _ status: Verification = .verified, url: String? = nil) {
        self.init(Phrase(verbatim: cite), status, url: url)
    }

    /// As printed in running text: "WPO art. 40c lid 1", "CAO PO; niet geverifieerd".
    public var printed: Phrase {
        switch status {
        case .verified: cite
        case .partly: cite + Phrase("; deels geverifieerd", "; partly verified")
        case .unverified: cite + Phrase("; niet geverifieerd", "; not verified")
        case .guidance: cite
        }
    }

    /// Two sources cited together ("WPO art. 40 lid 11 en Awb art. 4:8"), the second's act left out
    /// when it is the first's ("WPO art. 40 lid 11 en art. 63 lid 2"); each says how far it was verified.
    public func and(_ other: LegalSource) -> LegalSource {
        func act(_ cite: String) -> Substring? { cite.range(of: " art. ").map { cite[..<$0.lowerBound] } }
        let sameAct = act(cite.nl) != nil && act(cite.nl) == act(other.cite.nl)
        let second =
            sameAct
            ? Phrase(verbatim: String(other.cite.nl.drop { $0 != " " }.dropFirst())) : other.cite
        return LegalSource(printed + Phrase(" en ", " and ") + second, other.status, url: url)
    }

    /// In brackets, after a rule: " (WPO art. 40c lid 1)".
    public var bracketed: Phrase { Phrase(" (", " (") + printed + Phrase(")", ")") }
}

/// The sources of the legal layer (DESIGN.md §3 as corrected by research/law.md).
public enum Law {
    static let wpo = "https://wetten.overheid.nl/BWBR0003420/2026-08-01"
    static let wec = "https://wetten.overheid.nl/BWBR0003549/2026-08-01"
    static let wvo = "https://wetten.overheid.nl/BWBR0044212/2026-08-01"
    static let awb = "https://wetten.overheid.nl/BWBR0005537/2026-01-01"
    static let lpw = "https://wetten.overheid.nl/BWBR0002628/2026-08-01"
    static let bw7 = "https://wetten.overheid.nl/BWBR0005290/2026-01-01"

    // Pupils: suspension
    public static let wpo40c1 = LegalSource("WPO art. 40c lid 1", url: wpo + "#Artikel40c")
    public static let wpo40c2 = LegalSource("WPO art. 40c lid 2", url: wpo + "#Artikel40c")
    public static let wpo40c3 = LegalSource("WPO art. 40c lid 3", url: wpo + "#Artikel40c")
    public static let wec40a1 = LegalSource("WEC art. 40a lid 1", url: wec + "#Artikel40a")
    public static let wec40a2 = LegalSource("WEC art. 40a lid 2", url: wec + "#Artikel40a")
    public static let wec40a3 = LegalSource("WEC art. 40a lid 3", url: wec + "#Artikel40a")
    public static let wvo814_1 = LegalSource("WVO 2020 art. 8.14 lid 1", .partly, url: wvo + "#Artikel8.14")
    public static let wvo814_2 = LegalSource("WVO 2020 art. 8.14 lid 2", .partly, url: wvo + "#Artikel8.14")
    public static let wvo814_3 = LegalSource("WVO 2020 art. 8.14 lid 3", .partly, url: wvo + "#Artikel8.14")
    public static let lpw11c = LegalSource("Leerplichtwet 1969 art. 11 onder c", url: lpw + "#Artikel11")
    public static let schoolwork = LegalSource(
        Phrase("richtlijn leerplicht en LKC; geen wetsartikel", "guidance (leerplicht, LKC); no statute"), .guidance)
    public static let noHolidaySuspension = LegalSource(
        Phrase("ontwerpkeuze van casus; geen wettelijke regel", "casus's design choice; not a statutory rule"),
        .guidance)
    public static let fiveSchoolDays = LegalSource(
        Phrase(
            "casus telt één week als ten hoogste vijf schooldagen binnen zeven dagen; de wet zegt ‘ten hoogste één week’",
            "casus counts one week as at most five school days within seven days; the law says ‘at most one week’"),
        .guidance)

    // Awb (openbaar)
    public static let awb48 = LegalSource("Awb art. 4:8", url: awb)
    /// Without bias; no one with a personal interest in a decision sways it (lid 1 and 2).
    public static let awb24 = LegalSource("Awb art. 2:4", url: awb)
    public static let awb411 = LegalSource("Awb art. 4:11", url: awb)
    /// The opportunity to be heard before the decision on an objection; 7:3 onder c: unless declined.
    public static let awb72 = LegalSource("Awb art. 7:2 lid 1", url: awb)
    /// The decision on an objection within six weeks after the objection period ends.
    public static let awb74 = LegalSource("Awb art. 7:4 leden 1 tot en met 3 en 5", url: awb)
    /// What the invitation to the hearing on an objection tells the parents (read in BWBR0005537):
    /// further documents until ten days before (lid 1), the documents open a week before (lid 2),
    /// where and when (lid 3), copies at cost (lid 4).
    public static let awb74Invitation = LegalSource("Awb art. 7:4 leden 1 tot en met 4", url: awb)
    /// Who hears on an objection: the board itself, or who did not prepare the decision (lid 1).
    public static let awb75 = LegalSource("Awb art. 7:5 lid 1", url: awb)
    public static let awb710 = LegalSource("Awb art. 7:10 lid 1", url: awb)
    /// "Voor zover de heroverweging daartoe aanleiding geeft, herroept het bestuursorgaan het
    /// bestreden besluit" (the decision on an objection that revokes the decision).
    public static let awb711 = LegalSource("Awb art. 7:11 lid 2", url: awb)
    /// Appeal to the administrative court against the decision on an objection, within six weeks.
    public static let awbAppeal = LegalSource("Awb art. 8:1 en 6:7", url: awb)
    public static let awb67 = LegalSource("Awb art. 6:7 en 6:8", url: awb)
    /// Art. 1 and 3 read in the consolidated text (BWBR0002448, as statengeneraal/laws-markdown holds it).
    public static let atw = LegalSource(
        "Algemene termijnenwet art. 1 en 3", url: "https://wetten.overheid.nl/BWBR0002448")
    public static let awb345 = LegalSource("Awb art. 3:45", url: awb)
    /// "Een besluit treedt niet in werking voordat het is bekendgemaakt" (read in BWBR0005537).
    public static let awb340 = LegalSource("Awb art. 3:40", url: awb)
    /// A declaration to a person works once it has reached them (read in BWBR0005291): a bijzondere
    /// school's decision, which is no besluit under the Awb.
    public static let bw3373 = LegalSource("BW art. 3:37 lid 3", url: "https://wetten.overheid.nl/BWBR0005291")
    /// When a decision takes effect: once made known (openbaar) or once it reached the person.
    public static func madeKnown(_ legal: LegalContext) -> LegalSource { legal.isOpenbaar ? awb340 : bw3373 }
    public static let awb616 = LegalSource("Awb art. 6:16", url: awb)

    // Bijzonder: complaints
    public static let wpo14 = LegalSource("WPO art. 14, klachtenregeling", url: wpo + "#Artikel14")
    public static let complaintsVOSO = LegalSource(
        Phrase(
            "klachtenregeling van de school; wetsartikel voor vo", "the school's complaints procedure; vo article"
        ),
        .unverified)

    // Removal
    public static let wpo39_1 = LegalSource("WPO art. 39 lid 1", url: wpo + "#Artikel39")
    public static let wpo39_4 = LegalSource("WPO art. 39 lid 4", url: wpo + "#Artikel39")
    public static let wpo40_1 = LegalSource("WPO art. 40 lid 1", url: wpo + "#Artikel40")
    public static let wpo40_11 = LegalSource("WPO art. 40 lid 11", url: wpo + "#Artikel40")
    /// The raad van toezicht appoints, suspends and dismisses the board's members (read here).
    public static let wpo17c_3 = LegalSource("WPO art. 17c lid 3", url: wpo + "#Artikel17c")
    public static let wpo40_12 = LegalSource("WPO art. 40 lid 12", url: wpo + "#Artikel40")
    public static let wpo63_2 = LegalSource("WPO art. 63 lid 2", url: wpo + "#Artikel63")
    public static let wpo63_3 = LegalSource("WPO art. 63 lid 3", url: wpo + "#Artikel63")
    public static let wpo43_3 = LegalSource("WPO art. 43 lid 3", url: wpo + "#Artikel43")
    public static let wpo43_4 = LegalSource("WPO art. 43 lid 4", url: wpo + "#Artikel43")
    public static let wec40_18 = LegalSource("WEC art. 40 lid 18", url: wec + "#Artikel40")
    public static let wec40_20 = LegalSource("WEC art. 40 lid 20–21", url: wec + "#Artikel40")
    /// Not on the objection before consulting the inspecteur (openbaar), the advice and reports seen
    /// and the parents heard again (bijzonder).
    public static let wec40_21 = LegalSource("WEC art. 40 lid 21", url: wec + "#Artikel40")
    public static let wec61_4 = LegalSource("WEC art. 61 lid 4", .partly, url: wec + "#Artikel61")
    /// Read in the consolidated text of 2017 (statengeneraal/laws-markdown): "neemt het bevoegd gezag
    /// de beslissing op bezwaar niet dan nadat de commissie heeft geoordeeld"; the VO/SO letters
    /// asked the director to look it up (a legal review).
    public static let wec45_4 = LegalSource("WEC art. 45 lid 4", .partly, url: wec + "#Artikel45")
    /// The complaints procedure (klachtenregeling), as WPO art. 14; read in the same text.
    public static let wec23 = LegalSource("WEC art. 23, klachtenregeling", .partly, url: wec + "#Artikel23")
    // WEC art. 40 lid 1 and art. 61 (the bijzondere school's removal, as WPO art. 63): read in the
    // consolidated text of 2015, not yet against today's.
    public static let wec40_1 = LegalSource("WEC art. 40 lid 1", .partly, url: wec + "#Artikel40")
    public static let wec61_2 = LegalSource("WEC art. 61 lid 2", .partly, url: wec + "#Artikel61")
    public static let wec61_3 = LegalSource("WEC art. 61 lid 3", .partly, url: wec + "#Artikel61")
    public static let disputeVOSO = LegalSource(
        Phrase(
            "WPO art. 43 lid 4; het overeenkomstige WVO 2020-artikel",
            "WPO art. 43 lid 4; the corresponding WVO 2020 article"), .unverified)
    public static let wvo815_2 = LegalSource("WVO 2020 art. 8.15 lid 2", .partly, url: wvo + "#Artikel8.15")
    public static let wvo815_3 = LegalSource("WVO 2020 art. 8.15 lid 3", .partly, url: wvo + "#Artikel8.15")
    public static let wvo815_4 = LegalSource("WVO 2020 art. 8.15 lid 4", .partly, url: wvo + "#Artikel8.15")
    public static let wvo815_5 = LegalSource("WVO 2020 art. 8.15 lid 5", .partly, url: wvo + "#Artikel8.15")
    public static let wvo815_6 = LegalSource("WVO 2020 art. 8.15 lid 6", .partly, url: wvo + "#Artikel8.15")
    public static let wvo815_7 = LegalSource("WVO 2020 art. 8.15 lid 7", .partly, url: wvo + "#Artikel8.15")
    public static let wvo815_8 = LegalSource("WVO 2020 art. 8.15 lid 8", .partly, url: wvo + "#Artikel8.15")
    public static let lpw18 = LegalSource("Leerplichtwet 1969 art. 18 lid 1", url: lpw + "#Artikel18")
    /// Read in the WVO as it stood before the WVO 2020 (BWBR0002399, art. 28: "op wie de
    /// Leerplichtwet 1969 niet meer van toepassing is en die de leeftijd van 23 jaren nog niet heeft
    /// bereikt", no vwo/havo/mbo diploma, "die van de school wordt verwijderd"); the article of the
    /// WVO 2020 that carries it over was not found here.
    public static let wvoRmc = LegalSource(
        Phrase(
            "WVO art. 28 (oude nummering; het artikel in de WVO 2020 is niet nagegaan)",
            "WVO art. 28 (former numbering; the WVO 2020 article was not checked)"), .partly,
        url: "https://wetten.overheid.nl/BWBR0002399/2021-07-01#Artikel28")
    public static let inspectieRemovalAdvice = LegalSource(
        Phrase(
            "advies uit de sector; geen wettelijke grondslag gevonden", "sector guidance; no statutory basis found"),
        .unverified)
    public static let parentRemovalJustification = LegalSource(
        Phrase(
            "ontwerpregel van casus; de wettelijke verwijderingsregels gelden onverkort",
            "casus's design rule; the statutory removal rules apply in full"), .guidance)

    // Time-out
    public static let timeOut = LegalSource(
        Phrase(
            "geen wettelijke regeling; volgens Ingrado beschouwt de Inspectie een time-out als schorsing",
            "no statutory rule; according to Ingrado the Inspectie treats a time-out as a suspension"), .guidance)
    public static let schoolPractice = LegalSource(
        Phrase("schoolpraktijk; geen wettelijke regel", "school practice; no statutory rule"), .guidance)

    // Parents
    public static let accessBan = LegalSource(
        Phrase(
            "huisrecht van de school; geen wettelijke regeling gevonden",
            "the school's right as occupier (huisrecht); no statutory rule found"), .unverified)

    // Staff
    public static let caoPO = LegalSource(
        Phrase(
            "CAO PO, de bepalingen over disciplinaire maatregelen", "CAO PO, the provisions on disciplinary measures"),
        .unverified)
    // Named by its CAO: a caller chooses by the school's sector (`caoOrdemaatregel(_:)`); a VO
    // school's refusal cited the CAO PO through the one name both had (a review).
    static let caoPOOrdemaatregel = LegalSource(
        Phrase(
            "CAO PO, ordemaatregel: in beginsel ten hoogste vier weken",
            "CAO PO, precautionary measure: in principle at most four weeks"), .unverified)
    // VO staff are under the CAO VO, not the CAO PO (found by a legal review: a VO school's letters
    // cited the CAO PO). Its articles and the ordemaatregel's length are not verified here.
    public static let caoVO = LegalSource(
        Phrase(
            "CAO VO, de bepalingen over disciplinaire maatregelen", "CAO VO, the provisions on disciplinary measures"),
        .unverified)
    public static let caoVOOrdemaatregel = LegalSource(
        Phrase(
            "CAO VO, schorsing als ordemaatregel; duur",
            "CAO VO, suspension as a precautionary measure; duration"), .unverified)

    /// The collective agreement a school's staff are under: the CAO PO for primary and special
    /// education (WPO, WEC), the CAO VO for secondary (WVO 2020).
    public static func cao(_ sector: Sector) -> LegalSource { sector == .vo ? caoVO : caoPO }
    public static func caoOrdemaatregel(_ sector: Sector) -> LegalSource {
        sector == .vo ? caoVOOrdemaatregel : caoPOOrdemaatregel
    }
    public static let responseTerm = LegalSource(
        Phrase(
            "termijn gekozen door de school; de CAO-termijn is niet geverifieerd",
            "term chosen by the school; the CAO term is not verified"), .guidance)
    public static let bw7669 = LegalSource("BW art. 7:669", url: bw7)
    /// The reasonable grounds of culpable conduct (e) and a disturbed working relationship (g).
    public static let bw7669_3eg = LegalSource("BW art. 7:669 lid 3 onder e en g", url: bw7)
    public static let bw7671_1 = LegalSource("BW art. 7:671 lid 1", url: bw7)
    public static let bw7671_2 = LegalSource("BW art. 7:671 lid 2", url: bw7)
    public static let bw7671_3 = LegalSource("BW art. 7:671 lid 3", url: bw7)
    /// A consent given again within six months of a revocation is not revocable (read in BWBR0005290).
    public static let bw7671_5 = LegalSource("BW art. 7:671 lid 5", url: bw7)
    public static let bw7671a = LegalSource("BW art. 7:671a", url: bw7)
    /// The UWV's permission only for the grounds of art. 7:669 lid 3 onder a and b (economic
    /// reasons, long illness); read in the 2017 consolidated text.
    public static let bw7671a_1 = LegalSource("BW art. 7:671a lid 1 met art. 7:669 lid 3 onder a en b", url: bw7)
    public static let bw7671b = LegalSource("BW art. 7:671b", url: bw7)
    /// When a dismissal by the UWV's or the kantonrechter's route ends the employment: at the
    /// notice after the permission (7:671a lid 1) or on the day the court dissolves it (7:671b).
    public static let dismissalEnds = LegalSource("BW art. 7:671a lid 1 en 7:671b lid 1", url: bw7)
    /// The employee is heard before an ordemaatregel, and before its extension (a new decision):
    /// the Commissie van beroep funderend onderwijs quashed one for want of it (uitspraak 106138, 12
    /// June 2014, PO) and held an extension a new decision (108984, 11 December 2019, VO); read in
    /// the rulings' summaries on onderwijsgeschillen.nl, not in the CAO's text.
    public static let ordemaatregelHeard = LegalSource(
        Phrase(
            "Commissie van beroep funderend onderwijs, uitspraken 106138 en 108984",
            "Commissie van beroep funderend onderwijs, rulings 106138 and 108984"),
        url: "https://onderwijsgeschillen.nl/uitspraken/beroep-tegen-schorsing-als-ordemaatregel-po")
    public static let bw7677 = LegalSource("BW art. 7:677 lid 1", url: bw7)
    public static let bw7678 = LegalSource("BW art. 7:678", url: bw7)
    public static let bw7686a = LegalSource("BW art. 7:686a lid 4", url: bw7)
    public static let courtRestores = LegalSource("BW art. 7:681 lid 1, 7:682 lid 1 en 7:683 lid 3", url: bw7)
    public static let bw7681 = LegalSource("BW art. 7:681 lid 1", url: bw7)
    public static let bw7682_1 = LegalSource("BW art. 7:682 lid 1", url: bw7)
    public static let bw7683_3 = LegalSource("BW art. 7:683 lid 3", url: bw7)

    // Meldplicht
    public static let wpo4a1 = LegalSource("WPO art. 4a lid 1", url: wpo + "#Artikel4a")
    public static let wpo4a2 = LegalSource("WPO art. 4a lid 2", url: wpo + "#Artikel4a")
    public static let wpo4a3 = LegalSource("WPO art. 4a lid 3", url: wpo + "#Artikel4a")
    public static let wvo339 = LegalSource("WVO 2020 art. 3.39", .partly, url: wvo + "#Artikel3.39")
    public static let wec4a = LegalSource("WEC art. 4a", url: wec + "#Artikel4a")
    public static let vertrouwensinspecteur = LegalSource(
        Phrase(
            "Vertrouwensinspecteur: 0900-1113111 (werkdagen 8.00–17.00 uur)",
            "Vertrouwensinspecteur: 0900-1113111 (working days 8.00–17.00)"),
        url:
            "https://english.onderwijsinspectie.nl/inspection/other-tasks-of-the-dutch-inspectorate-of-education/confidential-inspectors"
    )

    // Meldcode
    public static let meldcodeBesluit = LegalSource(
        "Besluit verplichte meldcode art. 2 lid 2", url: "https://wetten.overheid.nl/BWBR0033723/2020-10-01#Artikel2")
    public static let wpo4b = LegalSource("WPO art. 4b", url: wpo + "#Artikel4b")
    public static let wvo341 = LegalSource("WVO 2020 art. 3.41", .unverified, url: wvo)
    public static let wec5 = LegalSource("WEC art. 5", url: wec)
    public static let casusTerm = LegalSource(
        Phrase(
            "geen wettelijke termijn; casus stelt deze datum voor", "no statutory term; casus proposes this date"),
        .guidance)

    // AVG
    public static let avg33_1 = LegalSource("AVG art. 33 lid 1", url: "https://eur-lex.europa.eu/eli/reg/2016/679/oj")
    public static let avg33_5 = LegalSource("AVG art. 33 lid 5", .partly)
    public static let avg34 = LegalSource("AVG art. 34", .partly)
    public static let avg12_3 = LegalSource("AVG art. 12 lid 3", .partly)
    public static let eu1182_3_4 = LegalSource(
        "Verordening (EEG, Euratom) nr. 1182/71 art. 3 lid 4", .partly,
        url: "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:31971R1182")
    public static let avg15 = LegalSource("AVG art. 15")
    public static let retentionPeriods = LegalSource(
        Phrase(
            "bewaartermijnen per soort stuk: geen wettelijke termijnen geverifieerd; casus gebruikt Config/retention.yaml",
            "retention per kind of record: no statutory periods verified; casus uses Config/retention.yaml"),
        .unverified)

    /// Everything casus cites, for `protocol show` and the tests.
    public static let all: [LegalSource] = [
        wpo40c1, wpo40c2, wpo40c3, wec40a1, wec40a2, wec40a3, wvo814_1, wvo814_2, wvo814_3, lpw11c, schoolwork,
        noHolidaySuspension, fiveSchoolDays, awb48, awb411, awb72, awb74, awb74Invitation, awb75, awb710, awbAppeal,
        awb67, atw, awb345, awb616, wpo14,
        complaintsVOSO, wpo40_1,
        wpo40_11, wpo40_12, wpo63_2, wpo63_3, wpo43_3, wpo43_4, wec40_18, wec40_20, wec40_21, wec40_1, wec61_2, wec61_3,
        wec61_4, wec45_4, wec23,
        disputeVOSO, wvo815_2, wvo815_3, wvo815_4,
        wvo815_5, wvo815_6, wvo815_7, wvo815_8, lpw18, wvoRmc,
        inspectieRemovalAdvice, parentRemovalJustification, timeOut, schoolPractice, accessBan, caoPO,
        caoPOOrdemaatregel, caoVO, caoVOOrdemaatregel, responseTerm, bw7669, bw7669_3eg, bw7671_1, bw7671_2, bw7671_3,
        bw7671_5,
        bw7671a,
        bw7671b,
        dismissalEnds, bw7677,
        bw7678, bw7686a,
        wpo4a1, wpo4a2, wpo4a3, wvo339, wec4a, vertrouwensinspecteur, meldcodeBesluit, wpo4b, wvo341, wec5, casusTerm,
        avg33_1, avg33_5, avg34, avg12_3, eu1182_3_4, avg15, retentionPeriods,
    ]

    // MARK: By sector

    public static func suspensionLength(_ s: Sector) -> LegalSource {
        switch s {
        case .po: wpo40c1
        case .vo: wvo814_1
        case .so: wec40a1
        }
    }

    /// The suspension decision's rule as what a time-out follows: the time-out has no rule of its
    /// own, and "(geen wettelijke regeling …) (WPO art. 40c lid 2)" read as a contradiction (a review).
    public static func timeOutDecision(_ s: Sector) -> LegalSource {
        let rule = suspensionDecision(s)
        return LegalSource(
            Phrase("zoals bij een schorsing: ", "as for a suspension: ") + rule.cite, rule.status, url: rule.url)
    }

    public static func suspensionDecision(_ s: Sector) -> LegalSource {
        switch s {
        case .po: wpo40c2
        case .vo: wvo814_2
        case .so: wec40a2
        }
    }

    public static func suspensionInspectie(_ s: Sector) -> LegalSource {
        switch s {
        case .po: wpo40c3
        case .vo: wvo814_3
        case .so: wec40a3
        }
    }

    public static func complaints(_ s: Sector) -> LegalSource {
        switch s {
        case .po: wpo14
        case .so: wec23
        case .vo: complaintsVOSO
        }
    }

    public static func meldplicht(_ s: Sector) -> (report: LegalSource, consult: LegalSource, aangifte: LegalSource) {
        switch s {
        case .po: (wpo4a3, wpo4a1, wpo4a2)
        case .vo: (wvo339, wvo339, wvo339)
        case .so: (wec4a, wec4a, wec4a)
        }
    }

    public static func meldcode(_ s: Sector) -> LegalSource {
        switch s {
        case .po: wpo4b
        case .vo: wvo341
        case .so: wec5
        }
    }

    /// The term for the parents' objection against a removal.
    public static func removalObjectionWindow(_ c: LegalContext) -> LegalSource {
        switch (c.sector, c.denomination) {
        case (_, .openbaar): awb67
        case (.po, .bijzonder): wpo63_3
        case (.vo, .bijzonder): wvo815_7
        case (.so, .bijzonder): wec61_3
        }
    }

    /// The term for the decision on that objection.
    public static func removalObjectionDecision(_ c: LegalContext) -> LegalSource {
        switch (c.sector, c.denomination) {
        case (.po, .openbaar): wpo40_12
        case (.po, .bijzonder): wpo63_3
        case (.vo, _): wvo815_8
        case (.so, .openbaar): wec40_20
        case (.so, .bijzonder): wec61_3
        }
    }

    /// The hearing before the decision on an objection: to a suspension (an openbare school's)
    /// under the Awb; to a removal, an openbare PO or SO school's under the Awb (the opportunity), a
    /// bijzondere's and VO under the article on the objection.
    public static func objectionHearing(_ c: LegalContext, against rung: Rung?) -> LegalSource {
        rung == .suspension || (c.denomination == .openbaar && c.sector != .vo) ? awb72 : removalObjectionDecision(c)
    }

    /// What must come before the decision on an objection to a removal in special education: the
    /// inspecteur consulted (WEC art. 40 lid 21; art. 61 lid 4 onder a), and at a bijzondere school
    /// the parents given the advice and reports to read and heard again (art. 61 lid 4 onder b, c).
    /// nil: no such step in the act (the WPO and the WVO 2020 have none).
    public static func removalObjectionConsult(_ c: LegalContext) -> LegalSource? {
        switch (c.sector, c.denomination) {
        case (.so, .openbaar): wec40_21
        case (.so, .bijzonder): wec61_4
        default: nil
        }
    }

    public static func removalDecision(_ c: LegalContext) -> LegalSource {
        switch (c.sector, c.denomination) {
        // The board decides on removal (WPO/WEC art. 40 lid 1); Awb 3:45 is only the objection clause.
        case (.po, .openbaar): wpo40_1
        case (.so, .openbaar): wec40_1
        case (.po, .bijzonder): wpo63_2
        case (.vo, _): wvo815_6
        case (.so, .bijzonder): wec61_2
        }
    }

    /// Where a removal decision is made known in writing, with its reasons: at an openbare school the
    /// Awb's rules on a decision (art. 3:41 lid 1, sent or handed to them; 3:46 and 3:47 lid 1, the
    /// reasons with it, read here), beside the board's power to remove; WPO art. 40 lid 1 alone, which
    /// says only who decides, was cited for "schriftelijk en met redenen" (a legal review).
    public static func removalDecisionInWriting(_ c: LegalContext) -> LegalSource {
        c.denomination == .openbaar && c.sector != .vo ? removalDecision(c).and(awbMadeKnown) : removalDecision(c)
    }

    /// Awb art. 3:41 lid 1, 3:46 and 3:47 lid 1 (read in BWBR0005537).
    public static let awbMadeKnown = LegalSource("Awb art. 3:41 lid 1, 3:46 en 3:47 lid 1", url: awb)

    /// Both hearings before a removal, as the letter names them together: the teacher's and the
    /// parents' (`parentsHeard`); in VO one article names the pupil and the parents.
    public static func removalHearing(_ c: LegalContext) -> LegalSource {
        switch c.sector {
        case .po: wpo40_11.and(parentsHeard(c))
        case .so: wec40_18.and(parentsHeard(c))
        case .vo: wvo815_3
        }
    }

    /// The parents' hearing before a removal.
    public static func parentsHeard(_ c: LegalContext) -> LegalSource {
        switch (c.sector, c.denomination) {
        case (_, .openbaar): awb48
        case (.po, .bijzonder): wpo63_2
        case (.vo, .bijzonder): wvo815_3
        case (.so, .bijzonder): wec61_2
        }
    }

    public static func zorgplicht(_ s: Sector) -> LegalSource {
        switch s {
        case .po: wpo40_11
        case .vo: wvo815_2
        case .so: wec40_18
        }
    }

    public static func dispute(_ s: Sector) -> LegalSource {
        switch s {
        case .po: wpo43_4
        case .so: wec45_4
        case .vo: disputeVOSO
        }
    }
}

extension Phrase {
    /// Stored in one text column (an obligation's note): Dutch, a record separator, English.
    public var stored: String { nl == en ? nl : nl + "\u{1E}" + en }

    /// Reads what `stored` wrote; a text without the separator (older notes) reads the same in both.
    public init(stored: String) {
        let parts = stored.split(separator: "\u{1E}", maxSplits: 1, omittingEmptySubsequences: false)
        if parts.count == 2 {
            self.init(String(parts[0]), String(parts[1]))
        } else {
            self.init(verbatim: stored)
        }
    }
}
