/// The sector decides which school law applies (DESIGN.md §3; research/law.md).
public enum Sector: String, Sendable, Codable, CaseIterable {
    /// Primair onderwijs: Wet op het primair onderwijs.
    case po
    /// Voortgezet onderwijs: Wet voortgezet onderwijs 2020 (the Inrichtingsbesluit WVO is withdrawn).
    case vo
    /// (Voortgezet) speciaal onderwijs: Wet op de expertisecentra.
    case so

    public var label: Phrase {
        switch self {
        case .po: Phrase("primair onderwijs", "primary education")
        case .vo: Phrase("voortgezet onderwijs", "secondary education")
        case .so: Phrase("(voortgezet) speciaal onderwijs", "special education")
        }
    }

    /// The act's short name as casus cites it.
    public var act: String {
        switch self {
        case .po: "WPO"
        case .vo: "WVO 2020"
        case .so: "WEC"
        }
    }
}

/// Openbaar (a public body: the Awb applies to its decisions) or bijzonder (private law).
public enum Denomination: String, Sendable, Codable, CaseIterable {
    case openbaar, bijzonder

    public var label: Phrase {
        switch self {
        case .openbaar: Phrase("openbaar", "public (openbaar)")
        case .bijzonder: Phrase("bijzonder", "denominational, publicly funded (bijzonder)")
        }
    }
}

/// The regions of the national holiday calendar (Rijksoverheid, schoolvakanties).
public enum Region: String, Sendable, Codable, CaseIterable {
    case noord, midden, zuid

    public var label: Phrase {
        switch self {
        case .noord: Phrase("regio noord", "region north")
        case .midden: Phrase("regio midden", "region central")
        case .zuid: Phrase("regio zuid", "region south")
        }
    }
}

extension School {
    /// "primair onderwijs, bijzonder (WPO)".
    public var legalLabel: Phrase {
        Phrase(
            "\(sector.label.nl), \(denomination.label.nl) (\(sector.act))",
            "\(sector.label.en), \(denomination.label.en) (\(sector.act))")
    }

    /// The law of a case about a member of staff: their employment's, the sector's cao and the
    /// Civil Code, not the WPO (a staff case said "(WPO)", found by a review).
    /// "primair onderwijs, bijzonder (CAO PO, BW boek 7)".
    public func legalLabel(staff: Bool) -> Phrase {
        guard staff else { return legalLabel }
        let cao = sector == .vo ? "CAO VO" : "CAO PO"
        return Phrase(
            "\(sector.label.nl), \(denomination.label.nl) (\(cao), BW boek 7)",
            "\(sector.label.en), \(denomination.label.en) (\(cao), Civil Code book 7)")
    }

    /// Said wherever a rule depends on the record while it still holds the assumed values.
    public var assumedNotice: Phrase? {
        guard !isLegalRecordSet else { return nil }
        return Phrase(
            "Let op: sector en richting van \(name) zijn nog niet ingesteld; casus gaat uit van po/bijzonder. Stel ze in met `casus school set --sector po|vo|so --denomination openbaar|bijzonder`.",
            "Note: the sector and denomination of \(name) are not set yet; casus assumes po/bijzonder. Set them with `casus school set --sector po|vo|so --denomination openbaar|bijzonder`."
        )
    }

    /// An address as typed: lines separated by ';' or newlines, each trimmed, empty ones dropped.
    public static func addressLines(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == ";" || $0 == "\n" }).map {
            $0.trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }
    }

    /// The school record's setting for the legal layer.
    public func legal(calendar: SchoolCalendar) -> LegalContext {
        LegalContext(
            sector: sector, denomination: denomination, isAssumed: !isLegalRecordSet, calendar: calendar,
            schoolName: name)
    }
}

/// What the legal layer needs to know about the school a case is at: which law, and which days
/// are school days.
public struct LegalContext: Sendable, Hashable {
    public var sector: Sector
    public var denomination: Denomination
    /// The sector and denomination are casus's assumption (po/bijzonder), not the school's record.
    public var isAssumed: Bool
    public var calendar: SchoolCalendar
    public var schoolName: String
    /// Periods the calendar does not know (a holiday research could not verify, a school year
    /// casus ships no dates for) and the school has not imported: terms through them are counted
    /// as if they were school days.
    public var gaps: [CalendarGap] = []

    public init(
        sector: Sector = .po, denomination: Denomination = .bijzonder, isAssumed: Bool = false,
        calendar: SchoolCalendar = .weekdays, schoolName: String = ""
    ) {
        self.sector = sector
        self.denomination = denomination
        self.isAssumed = isAssumed
        self.calendar = calendar
        self.schoolName = schoolName
    }

    /// An existing database before its school record is set: po/bijzonder, weekdays.
    public static let assumed = LegalContext(isAssumed: true)

    public var isOpenbaar: Bool { denomination == .openbaar }
}
