import Testing

@testable import CasusCore

/// LetterRefresh: what changed between two drafts of a letter is carried into the director's text
/// where they left those lines as drafted; where they changed them, it is theirs to mend.
@Suite struct LetterRefreshMergeTests {
    let drafted = """
        Mevrouw P. Jansen
        Oudeweg 5
        1111 AA  UTRECHT

        Richtlijn A.5 – Opnamen alleen met toestemming
        Richtlijn A.7 – Geen pesten

        Met vriendelijke groet,
        """

    @Test func anAddressChangedAndAnArticleDroppedAreCarriedIntoTheEditedText() {
        let fresh = drafted.replacingOccurrences(
            of: "Oudeweg 5\n1111 AA  UTRECHT", with: "Nieuwelaan 99\n2222 BB  AMERSFOORT"
        )
        .replacingOccurrences(of: "Richtlijn A.5 – Opnamen alleen met toestemming\n", with: "")
        let edited = "Geachte mevrouw,\n" + drafted + "\nA. de Vries"
        let m = LetterRefresh.merge(edited: edited, drafted: drafted, fresh: fresh)
        #expect(m.text == "Geachte mevrouw,\n" + fresh + "\nA. de Vries")
        #expect(m.conflicts.isEmpty)
        #expect(
            m.carried.map(\.said) == [
                "‘Oudeweg 5’ → ‘Nieuwelaan 99’", "‘1111 AA  UTRECHT’ → ‘2222 BB  AMERSFOORT’",
                "− ‘Richtlijn A.5 – Opnamen alleen met toestemming’",
            ])
    }

    /// The street the director changed is theirs to mend; the postcode they left as drafted is
    /// carried in (the whole address block was left stale, a review).
    @Test func aLineTheDirectorChangedIsNotOverwrittenAndItsNeighbourIsCarried() {
        let fresh = drafted.replacingOccurrences(
            of: "Oudeweg 5\n1111 AA  UTRECHT", with: "Nieuwelaan 99\n2222 BB  AMERSFOORT")
        let edited = drafted.replacingOccurrences(of: "Oudeweg 5", with: "Oudeweg 5 bis")
        let m = LetterRefresh.merge(edited: edited, drafted: drafted, fresh: fresh)
        #expect(m.text == edited.replacingOccurrences(of: "1111 AA  UTRECHT", with: "2222 BB  AMERSFOORT"))
        #expect(m.carried.map(\.said) == ["‘1111 AA  UTRECHT’ → ‘2222 BB  AMERSFOORT’"])
        #expect(m.conflicts.map(\.said) == ["‘Oudeweg 5’ → ‘Nieuwelaan 99’"])
    }

    @Test func anAddedLineGoesAfterTheLineBeforeIt() {
        let fresh = drafted.replacingOccurrences(
            of: "Richtlijn A.7 – Geen pesten\n", with: "Richtlijn A.7 – Geen pesten\nRichtlijn B.1 – Privacy\n")
        let m = LetterRefresh.merge(edited: drafted + "\nExtra", drafted: drafted, fresh: fresh)
        #expect(m.text == fresh + "\nExtra" && m.conflicts.isEmpty)
    }
}

/// The first parent's letter's edits carried into the other parent's: only the body, never into
/// the lines that name the addressee (a review filed "Beste mevrouw Bos" and her street in the
/// letter to Mevrouw Peters).
@Suite struct CarriedEditsTests {
    static let first =
        "Basisschool\n\nMevrouw M. Bos\nThorbeckegracht 59\n8035 VR  ZWOLLE\n\nGeachte mevrouw Bos,\n\nWij nodigen u uit.\n"
    static let other =
        "Basisschool\n\nMevrouw G. Peters\nVondelstraat 47\n8035 VR  ZWOLLE\n\nGeachte mevrouw Peters,\n\nWij nodigen u uit.\n"

    @Test func theBodysEditsAreCarried() {
        let edited = Self.first.replacingOccurrences(of: "Wij nodigen u uit.", with: "Wij nodigen u uit op 9 december.")
        let carried = LetterRefresh.carried(edited: edited, drafted: Self.first, fresh: Self.other)
        #expect(
            carried
                == Self.other.replacingOccurrences(of: "Wij nodigen u uit.", with: "Wij nodigen u uit op 9 december."))
    }

    @Test func anEditToTheAddressOrTheSalutationIsNotCarried() {
        for edited in [
            Self.first.replacingOccurrences(of: "Geachte mevrouw Bos,", with: "Beste mevrouw Bos,"),
            Self.first.replacingOccurrences(of: "Thorbeckegracht 59", with: "Thorbeckegracht 59a"),
            Self.first.replacingOccurrences(of: "Thorbeckegracht 59\n", with: "Thorbeckegracht 59\nPostbus 12\n"),
            // A line written to the first parent by first name, in no address block (a fourth review).
            Self.first.replacingOccurrences(
                of: "Wij nodigen u uit.",
                with: "Wij nodigen u uit.\nDurk, zoals u mij vertelde, ziet u Noor in het weekend."),
            // A line with the first parent's e-mail address, all in small letters (a fifth review).
            Self.first.replacingOccurrences(
                of: "Wij nodigen u uit.", with: "Wij nodigen u uit.\nDeze brief gaat ook naar durk1979@gmail.com."),
            // A line written to the first parent by name (a third review).
            Self.first.replacingOccurrences(
                of: "Wij nodigen u uit.",
                with: "Wij nodigen u uit.\nMevrouw Bos, zoals u mij vertelde, woont Noor bij u."),
        ] {
            #expect(LetterRefresh.carried(edited: edited, drafted: Self.first, fresh: Self.other) == nil, "\(edited)")
        }
    }
}
