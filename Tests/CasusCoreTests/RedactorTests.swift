import CasusCore
import Foundation
import Testing

/// Issue 12: an inzage export hides every form of every other pupil's name, and only names.
@Suite struct RedactorTests {
    static func pupil(_ first: String, _ infix: String = "", _ last: String, id: PersonID = 0) -> Person {
        Person(id: id, schoolID: 1, kind: .pupil, firstName: first, infix: infix, lastName: last)
    }

    static let owner = pupil("Sietske", "de", "Vries", id: 1)
    static let others = [
        pupil("Fenna", "van der", "Berg", id: 2), pupil("Hanna", "", "Vermeulen", id: 3),
        pupil("Inès", "", "Bakker", id: 4), pupil("Çağlar", "", "Yılmaz", id: 5), pupil("Van", "", "Nguyen", id: 6),
        pupil("Bas", "", "Smit", id: 7), pupil("Roos", "", "Kok", id: 8), pupil("Joy", "", "Hoop", id: 9),
        pupil("Anna Maria", "", "Jansen-de Boer", id: 10), pupil("Fenna", "", "Visser", id: 11),
        pupil("Sem", "", "de Vries", id: 12),
    ]
    static let redactor = Redactor(pupils: others, keep: [owner])

    func redacted(_ text: String) -> String { Self.redactor.apply(text) }

    /// A full stop after a whole word ends the sentence: "met Fenna.⏎Visser deelde" was taken as
    /// one name, "Fenna. Visser", and its full stop replaced with it (a review). After an initial or
    /// an abbreviation it still joins.
    @Test func aNameDoesNotRunOverTheEndOfASentence() {
        #expect(
            redacted("Tweede regel met Fenna.\nVisser deelde het.")
                == "Tweede regel met [leerling].\n[leerling] deelde het.")
        #expect(redacted("Gezien: Fenna. Visser kwam later.") == "Gezien: [leerling]. [leerling] kwam later.")
        #expect(redacted("Brief van H. Vermeulen en v.d. Berg.") == "Brief van [leerling] en [leerling].")
    }

    @Test func aFirstNameAloneIsHidden() {
        #expect(
            redacted("Gesprek met Sietske over het filmpje van Fenna.")
                == "Gesprek met Sietske over het filmpje van [leerling].")
        #expect(redacted("fenna en FENNA") == "[leerling] en [leerling]")
    }

    /// A surname of two words whose last word is another pupil's surname: the owner and her father
    /// stay named (a letter read "De heer C. Garcia een andere leerling"), the other pupil does not.
    @Test func theKeptNamesStayWholeWhenTheirLastWordIsAnotherPupils() {
        let sofia = Self.pupil("Sofia", "", "Garcia Bakker", id: 20)
        let carlos = Person(id: 21, schoolID: 1, kind: .parent, firstName: "Carlos", lastName: "Garcia Bakker")
        let redactor = Redactor(pupils: [Self.pupil("Nina", "", "Bakker", id: 22)], keep: [sofia, carlos])
        #expect(
            redactor.apply("De heer C. Garcia Bakker en Sofia Garcia Bakker; Geachte heer Garcia Bakker,")
                == "De heer C. Garcia Bakker en Sofia Garcia Bakker; Geachte heer Garcia Bakker,")
        #expect(
            redactor.apply("Sofia Garcia Bakker en Nina Bakker; Bakker lachte.")
                == "Sofia Garcia Bakker en [leerling]; [leerling] lachte.")
    }

    /// A surname of two words without a hyphen (Spanish, Portuguese: "Vet Jansen", "Dijk Jansen"): each
    /// word is a surname of its own, as each part of "Jansen-de Boer" is ("Lisa Jansen" was left as
    /// "[leerling] Jansen", "Jansen" and "L. Jansen" as they stood).
    @Test func eachWordOfASurnameWithASpaceIsHidden() {
        let lisa = Self.pupil("Lisa", "", "Vet Jansen", id: 30)
        let redactor = Redactor(pupils: [lisa], keep: [Self.owner])
        for form in ["Lisa Vet Jansen", "Lisa Jansen", "Lisa Vet", "Jansen", "Vet", "L. Jansen", "Vet Jansen"] {
            #expect(redactor.apply("Zij zag \(form) lopen.") == "Zij zag [leerling] lopen.", "\(form)")
        }
        let withInfix = Redactor(pupils: [Self.pupil("Lisa", "van", "Dijk Jansen", id: 31)], keep: [Self.owner])
        for form in ["Lisa van Dijk Jansen", "Lisa Dijk", "Lisa Jansen", "van Dijk", "Dijk"] {
            #expect(withInfix.apply("Zij zag \(form) lopen.") == "Zij zag [leerling] lopen.", "\(form)")
        }
    }

    /// A middle name or initial the records do not hold, between a pupil's first name and surname:
    /// one name, hidden whole ("[leerling] Vet [leerling]" told the parents her middle name); a word
    /// between that is no name, or a sentence's end, keeps two names apart.
    @Test func aMiddleNameTheRecordsDoNotHoldIsHiddenWithTheName() {
        let redactor = Redactor(pupils: [Self.pupil("Lisa", "", "Jansen", id: 30)], keep: [Self.owner])
        for form in ["Lisa Vet Jansen", "Lisa V. Jansen", "Lisa de Jansen", "Lisa Maria Vet Jansen"] {
            #expect(redactor.apply("Zij zag \(form) lopen.") == "Zij zag [leerling] lopen.", "\(form)")
        }
        #expect(redactor.apply("Lisa. Daarna Jansen") == "[leerling]. Daarna [leerling]")
        #expect(redactor.apply("Lisa en Jansen") == "[leerling] en [leerling]")
        // Two pupils side by side stay two.
        #expect(
            Self.redactor.apply("Fenna Bas Smit en Hanna") == "[leerling] [leerling] en [leerling]")
    }

    /// Invisible characters inside a name (a soft hyphen from a word processor, a zero-width joiner
    /// from a web page) and letters of another style ("𝐋𝐢𝐬𝐚", full-width) hide nothing: the name
    /// reads the same on paper, and went out so (a review).
    @Test func aNameWithInvisibleCharactersOrStyledLettersIsHidden() {
        let redactor = Redactor(pupils: [Self.pupil("Lisa", "", "Jansen", id: 30)], keep: [Self.owner])
        // (One before the name stays where it is, outside it.)
        #expect(redactor.apply("\u{FEFF}Lisa") == "\u{FEFF}[leerling]")
        for form in ["Li\u{AD}sa Jansen", "Lisa Jan\u{200D}sen", "Li\u{2060}sa", "Jan\u{200B}sen"] {
            #expect(redactor.apply("Zij zag \(form) lopen.") == "Zij zag [leerling] lopen.", "\(form.unicodeScalars)")
        }
        #expect(redactor.apply("𝐋𝐢𝐬𝐚 𝐉𝐚𝐧𝐬𝐞𝐧 en Ｌｉｓａ") == "[leerling] en [leerling]")
    }

    /// Another pupil who shares a surname with the owner's mother: her own initials keep her named,
    /// another letter is the other pupil ("L. Jansen" stayed, naming Lisa, a review).
    @Test func aParentsInitialsKeepOnlyTheParentNamed() {
        let sem = Self.pupil("Sem", "de", "Vries", id: 40)
        let petra = Person(id: 41, schoolID: 1, kind: .parent, firstName: "Petra", lastName: "de Vries-Jansen")
        let redactor = Redactor(pupils: [Self.pupil("Lisa", "", "Jansen", id: 42)], keep: [sem, petra])
        #expect(
            redactor.apply("L. Jansen belde; P. de Vries-Jansen ook.") == "[leerling] belde; P. de Vries-Jansen ook.")
        #expect(redactor.apply("Lisa Jansen en P. Jansen") == "[leerling] en P. Jansen")
        // Another pupil's mother of her surname does not take her own address line.
        let other = Person(id: 43, schoolID: 1, kind: .parent, firstName: "Karin", lastName: "de Vries-Jansen")
        let letter = Redactor(pupils: [], keep: [sem, petra], parents: [other], replacement: "een andere leerling")
        #expect(letter.apply("Mevrouw P. de Vries-Jansen\nKerkstraat 1") == "Mevrouw P. de Vries-Jansen\nKerkstraat 1")
        #expect(letter.apply("Mevrouw K. de Vries-Jansen belde") == "Een andere leerling belde")
    }

    /// A surname with an s ("Jansens broertje", "de Jansens"), written with a capital.
    @Test func aSurnameWithAnSIsHidden() {
        let redactor = Redactor(pupils: [Self.pupil("Lisa", "", "Jansen", id: 30)], keep: [Self.owner])
        #expect(redactor.apply("Jansens broertje en de Jansens") == "[leerling] broertje en de [leerling]")
        #expect(Self.redactor.apply("de bakkers bakken") == "de bakkers bakken")
    }

    /// Account names and hashtags that hold a name, a short or ordinary one too when the whole name
    /// is run together ("@roos_kok", "#boli"), and a name written as one word with a capital inside.
    @Test func accountNamesAndHashtagsHoldingANameAreHidden() {
        let pupils = [
            Self.pupil("Lisa", "", "Jansen", id: 30), Self.pupil("Roos", "", "Kok", id: 31),
            Self.pupil("Bo", "", "Li", id: 32), Self.pupil("Mees", "", "Hoek", id: 33),
        ]
        let redactor = Redactor(pupils: pupils, keep: [Self.owner], handleReplacement: "[account]")
        #expect(
            redactor.apply("#lisajansen en @roos_kok, #rooskok, rooskok2015, @bo_li, @mees_hoek en LisaJansen.")
                == "[account] en [account], [account], [account], [account], [account] en [account].")
        #expect(redactor.apply("https://tiktok.com/@lisajansen") == "[account]")
        // A hashtag without a name stays.
        #expect(redactor.apply("#pesten en @school_nieuws") == "#pesten en @school_nieuws")
        #expect(redactor.apply("@symbolic") == "@symbolic")
        // The owner's own account, a parent's address and a teacher's are theirs, whoever else shares
        // a name in them (they went out as "another pupil's account", a review).
        let otis = Self.pupil("Otis", "", "Jansen", id: 40)
        let arjen = Person(id: 41, schoolID: 1, kind: .parent, firstName: "Arjen", lastName: "Jansen")
        let hatice = Person(id: 42, schoolID: 1, kind: .staff, firstName: "Hatice", lastName: "Peters")
        let siblings = Redactor(
            pupils: [Self.pupil("Tygo", "", "Jansen", id: 43), Self.pupil("Wessel", "", "Peters", id: 44)],
            keep: [otis, arjen], staff: [hatice], handleReplacement: "[account]")
        #expect(
            siblings.apply("@otis_jansen2015, #otisjansen, arjen.jansen@gmail.com en h.peters@klimop.nl")
                == "@otis_jansen2015, #otisjansen, arjen.jansen@gmail.com en h.peters@klimop.nl")
        #expect(siblings.apply("@tygo_2015 en @wessel_p") == "[account] en [account]")
        // A short first name the words find inside an account name hides the whole account name:
        // "@zoe_vdl2015" went out as "@een andere leerling_vdl2015" (a review).
        let zoe = Redactor(
            pupils: [Self.pupil("Zoë", "van der", "Linden", id: 45)], keep: [otis], handleReplacement: "[account]")
        #expect(
            zoe.apply("via het account @zoe_vdl2015 en Zoë zelf.") == "via het account [account] en [leerling] zelf.")
        #expect(zoe.matches(in: "via @zoe_vdl2015").map(\.found) == ["@zoe_vdl2015"])
        // As a whole run of letters beside digits or capitals (a second review: "@zoe2015",
        // "#JusticeForZoe", "sem123" went out); the owner's own account stays.
        let short = Redactor(
            pupils: [
                Self.pupil("Zoë", "van der", "Linden", id: 46), Self.pupil("Sem", "", "Bakker", id: 47),
                Self.pupil("Isa", "", "Terpstra", id: 48),
            ], keep: [Self.owner], handleReplacement: "[account]")
        #expect(
            short.apply("@zoe2015, #JusticeForZoe, sem123, isa2014@hotmail.com en @sietske2014")
                == "[account], [account], [account], [account] en @sietske2014")
        #expect(short.apply("#pesten en @school_nieuws") == "#pesten en @school_nieuws")
        // A month in a date or a file's name is no pupil Jan (a third review).
        let jan = Redactor(
            pupils: [Self.pupil("Jan", "", "Sijtsma", id: 49)], keep: [Self.owner], handleReplacement: "[account]")
        #expect(jan.apply("op 15-jan-2026, zie IMG_jan2026.png") == "op 15-jan-2026, zie IMG_jan2026.png")
        // Another pupil who shares the owner's first name, or a teacher's, is still hidden in an account
        // name (dropping those words for everyone let "@smit.lisa" out, a review); a teacher's own
        // address keeps the name inside it whole ("[leerling].deboer@…", a review).
        let lisa = Self.pupil("Lisa", "", "Bakker", id: 50)
        let emmaTeacher = Person(id: 51, schoolID: 1, kind: .staff, firstName: "Emma", infix: "de", lastName: "Boer")
        let fennaTeacher = Person(id: 52, schoolID: 1, kind: .staff, firstName: "Fenna", lastName: "Bos")
        let others = Redactor(
            pupils: [
                Self.pupil("Lisa", "", "Smit", id: 53), Self.pupil("Emma", "", "Kok", id: 54),
                Self.pupil("Fenna", "", "Dijkstra", id: 55),
            ], keep: [lisa], staff: [emmaTeacher, fennaTeacher], handleReplacement: "[account]")
        #expect(
            others.apply("@smit.lisa, smitlisa@gmail.com, @fennaa.d en @kok_emma")
                == "[account], [account], [account] en [account]")
        #expect(
            others.apply("emma.deboer@delinde.nl, @juf_emmadeboer en @lisa_bakker2014")
                == "emma.deboer@delinde.nl, @juf_emmadeboer en @lisa_bakker2014")
        // What the review lists is what is replaced, account names too.
        #expect(siblings.matches(in: "Zie @tygo_2015.").map(\.found) == ["@tygo_2015"])
    }

    @Test func initialsSurnamesAndAbbreviatedTussenvoegselsAreHidden() {
        #expect(redacted("H. Vermeulen belde.") == "[leerling] belde.")
        #expect(redacted("Vermeulen belde.") == "[leerling] belde.")
        #expect(redacted("De ouders van H.J. Vermeulen") == "De ouders van [leerling]")
        for form in [
            "v.d. Berg", "V.d. Berg", "vd Berg", "v/d Berg", "van der Berg", "Van der Berg", "F. v.d. Berg",
            "Fenna van der Berg", "Fenna Berg", "F. van der Berg", "Berg",
        ] {
            #expect(redacted("Zij zag \(form) lopen.") == "Zij zag [leerling] lopen.", "\(form)")
        }
    }

    @Test func diacriticsAndDecomposedSpellingsAreHidden() {
        #expect(redacted("Ine\u{300}s huilde") == "[leerling] huilde")
        #expect(redacted("Ines huilde") == "[leerling] huilde")
        #expect(redacted("INÈS huilde") == "[leerling] huilde")
        #expect(redacted("Caglar Yilmaz en Çağlar") == "[leerling] en [leerling]")
    }

    @Test func onlyWholeWordsAreHidden() {
        #expect(redacted("Annabel en Vermeulenstraat") == "Annabel en Vermeulenstraat")
        // "Vermeulens" is the Vermeulens, a family: a surname with an s is hidden as a first name's is.
        #expect(redacted("de Vermeulens") == "de [leerling]")
        // But "Fennas fiets" is Fenna's bike, the possessive written without an apostrophe.
        #expect(redacted("Fennas fiets") == "[leerling] fiets")
        #expect(redacted("Fenna's fiets") == "[leerling]'s fiets")
    }

    /// Names that are also ordinary words are hidden only where they are written as a name,
    /// with a capital; the word stays.
    @Test func wordsThatAreAlsoNamesStayWords() {
        #expect(redacted("de tas van Sietske") == "de tas van Sietske")
        #expect(redacted("Van zat naast haar.") == "[leerling] zat naast haar.")
        #expect(redacted("een roos voor de juf") == "een roos voor de juf")
        #expect(redacted("Roos huilde") == "[leerling] huilde")
        #expect(redacted("ik hoop dat het goed komt, zei Joy") == "ik hoop dat het goed komt, zei [leerling]")
        #expect(redacted("de kok en de smit") == "de kok en de smit")
        #expect(redacted("Roos Kok en roos kok") == "[leerling] en [leerling]")
        #expect(redacted("Bas Smit") == "[leerling]")
    }

    @Test func everyFormOfADoubleSurnameIsHidden() {
        #expect(redacted("Anna Maria Jansen-de Boer") == "[leerling]")
        #expect(redacted("Maria zei") == "[leerling] zei")
        #expect(redacted("mevrouw Jansen-de Boer") == "mevrouw [leerling]")
        #expect(redacted("mevrouw Jansen") == "mevrouw [leerling]")
        #expect(redacted("de boer op de trekker") == "de boer op de trekker")
    }

    /// The owner stays named, even where another pupil shares a name with them.
    @Test func theOwnerStaysNamed() {
        #expect(redacted("Sietske de Vries en Sem de Vries") == "Sietske de Vries en [leerling]")
        #expect(redacted("Vries") == "Vries")
        #expect(redacted("Fenna Visser") == "[leerling]")
        let fennaOwns = Redactor(pupils: Self.others.filter { $0.id != 2 }, keep: [Self.others[0]])
        #expect(fennaOwns.apply("Fenna en Fenna Visser") == "Fenna en [leerling]")
    }

    /// Staff stay readable by their full and titled names; a name alone is still a pupil's.
    @Test func staffNamesStayReadable() {
        let teacher = Person(id: 50, schoolID: 1, kind: .staff, firstName: "Anna", lastName: "Brouwer")
        let pupils = [Self.pupil("Anna", "", "Kok", id: 51), Self.pupil("Tygo", "", "Brouwer", id: 52)]
        let r = Redactor(pupils: pupils, keep: [Self.owner], staff: [teacher])
        #expect(r.apply("Anna Brouwer heeft Sietske gehoord.") == "Anna Brouwer heeft Sietske gehoord.")
        #expect(
            r.apply("juf Anna, meneer Brouwer, mw. Brouwer, A. Brouwer")
                == "juf Anna, meneer Brouwer, mw. Brouwer, A. Brouwer")
        #expect(
            r.apply("Anna huilde, Brouwer lachte, Tygo Brouwer ook.")
                == "[leerling] huilde, [leerling] lachte, [leerling] ook.")
        #expect(r.matches(in: "Anna Brouwer en Anna").map(\.found) == ["Anna"])
    }

    /// A name after a teacher's title is a teacher's, in the records or not: a student teacher Anna,
    /// with no Anna on the staff, stayed "juf een andere leerling" in a suspension decision.
    @Test func aNameAfterATitleIsNoPupils() {
        let pupils = [Self.pupil("Anna", "", "Kok", id: 51), Self.pupil("Tygo", "", "Brouwer", id: 52)]
        let r = Redactor(pupils: pupils, keep: [Self.owner], replacement: "een andere leerling")
        #expect(
            r.apply("Een filmpje van juf Anna op TikTok; meester Tygo zag het.")
                == "Een filmpje van juf Anna op TikTok; meester Tygo zag het.")
        // A full name is a pupil's, title or not; so is a name across a line's end, a dash or a
        // slash: "juf⏎Noor Peters" was a list of who was there (the next review).
        #expect(r.apply("Juf Anna Kok zag het.") == "Juf een andere leerling zag het.")
        #expect(r.apply("Aanwezig: juf\nAnna huilde") == "Aanwezig: juf\neen andere leerling huilde")
        #expect(r.apply("de juf - Anna lachte") == "de juf - een andere leerling lachte")
        #expect(r.apply("de meester/Tygo") == "de meester/een andere leerling")
        // What a title keeps is listed for the review.
        #expect(r.kept(in: "een filmpje van juf Anna").map(\.shown) == ["Anna"])
        #expect(r.kept(in: "een filmpje van juf Anna").first?.people == ["Anna Kok"])
        // Without the title, or after a line's end, the name is still the pupil's.
        #expect(r.apply("Anna en Tygo Brouwer") == "Een andere leerling en een andere leerling")
        #expect(r.apply("de juf.\n\nAnna huilde") == "de juf.\n\nEen andere leerling huilde")
    }

    /// Colleagues hidden in an employee's export: the colleague is meant after a title and by their
    /// own initial where a pupil shares the surname, and their account names are theirs ("meester
    /// Smits" stood, "J. Smits" read "[leerling]", "@joost_smits" "another pupil's account", a review).
    @Test func aHiddenColleagueIsTheOneMeantWhereAPupilSharesTheName() {
        let joost = Person(id: 60, schoolID: 1, kind: .staff, firstName: "Joost", lastName: "Smits")
        let r = Redactor(
            pupils: [Self.pupil("Sem", "", "Smits", id: 61)], keep: [Self.owner], colleagues: [joost],
            handleReplacement: "[account van een andere leerling]")
        #expect(
            r.apply("Gemeld door meester Smits; J. Smits maakte de schermafbeelding; Sem Smits niet.")
                == "Gemeld door meester [collega]; [collega] maakte de schermafbeelding; [leerling] niet.")
        #expect(
            r.apply("DM van @joost_smits, mail van jsmits@klimop.nl")
                == "DM van [account van een collega], mail van [account van een collega]")
        #expect(r.apply("Smits lachte") == "[leerling] lachte", "a surname alone may be the pupil's")
    }

    /// An account name without @, digits or a capital is one where it is a name run together
    /// ("annasmits", "jsmits", "jeroenbos@ziggo.nl"), and a teacher's titled name does not swallow
    /// a pupil's full name ("juf Anna Smits" with a teacher Anna Visser): both went out, unlisted
    /// (a review).
    @Test func plainAccountNamesAndATeachersTitledNameBeforeAPupils() {
        let teacher = Person(id: 70, schoolID: 1, kind: .staff, firstName: "Anna", lastName: "Visser")
        let jeroen = Person(id: 72, schoolID: 1, kind: .parent, firstName: "Jeroen", lastName: "Bos")
        let r = Redactor(
            pupils: [Self.pupil("Anna", "", "Smits", id: 71), Self.pupil("Hidde", "", "Bos", id: 73)],
            keep: [Self.owner], staff: [teacher], parents: [jeroen],
            handleReplacement: "[account van een andere leerling]")
        #expect(
            r.apply("Het filmpje ging naar annasmits en hiddebos; mail van jeroenbos@ziggo.nl en j.bos@ziggo.nl.")
                == "Het filmpje ging naar [account van een andere leerling] en [account van een andere leerling]; mail van [account van een andere leerling] en [account van een andere leerling]."
        )
        #expect(
            r.apply("juf Anna Smits zag het; juf Anna Visser ook.") == "juf [leerling] zag het; juf Anna Visser ook.")
        #expect(r.apply("een boswandeling en de annalen") == "een boswandeling en de annalen")
    }

    /// A colleague's own e-mail address stands where colleagues stand named: it read "[account van
    /// een andere leerling]", a parent's of the same surname (the last review).
    @Test func aColleaguesOwnAddressStandsNamed() {
        let wouter = Person(id: 80, schoolID: 1, kind: .staff, firstName: "Wouter", infix: "van der", lastName: "Meer")
        let karin = Person(id: 81, schoolID: 1, kind: .parent, firstName: "Karin", infix: "van der", lastName: "Meer")
        let r = Redactor(
            pupils: [Self.pupil("Isa", "van der", "Meer", id: 82)], keep: [Self.owner], staff: [wouter],
            parents: [karin],
            handleReplacement: "[account van een andere leerling]")
        #expect(r.apply("Mail van Wouter: w.vandermeer@klimop.nl") == "Mail van Wouter: w.vandermeer@klimop.nl")
    }

    @Test func theReviewListsWhatWasReplacedAndWhose() {
        let found = Self.redactor.matches(in: "Fenna en H. Vermeulen, en Fenna weer")
        #expect(found.map(\.found) == ["Fenna", "H. Vermeulen", "Fenna"])
        #expect(Set(found[0].people) == ["Fenna van der Berg", "Fenna Visser"])
        #expect(found[1].people == ["Hanna Vermeulen"])
    }

    /// Linear in the text: a school of 1,000 pupils over 400 kB of notes.
    @Test func aLongTextIsRedactedInLinearTime() {
        var pupils: [Person] = []
        for i in 0..<1000 { pupils.append(Self.pupil("Naam\(i)x", "van", "Achter\(i)y", id: PersonID(i + 100))) }
        let redactor = Redactor(pupils: pupils + Self.others, keep: [Self.owner])
        let chunk = "Gesprek met Naam7x van Achter7y over het filmpje van Fenna, daarna v.d. Berg gebeld. "
        let text = String(repeating: chunk, count: 5000)
        let start = Date()
        let out = redactor.apply(text)
        #expect(Date().timeIntervalSince(start) < 10)
        #expect(!out.contains("Fenna") && !out.contains("Naam7x") && !out.contains("Berg"))
        #expect(out.hasPrefix("Gesprek met [leerling] over het filmpje van [leerling], daarna [leerling] gebeld."))
    }

    /// In a letter a name gives way to words a sentence can carry, with a capital where a
    /// sentence begins, and each replacement is listed with its line.
    @Test func inALetterTheReplacementReadsAsASentence() {
        let letter = Redactor(pupils: Self.others, keep: [Self.owner], replacement: "een andere leerling")
        let text =
            "Fenna stuurde het filmpje.\nDaarna zag Sietske dat H. Vermeulen het deelde: Fenna lachte.\n\nBas ook! Roos niet?\"Sem\" wel."
        let (out, replaced) = letter.review(text)
        #expect(
            out
                == "Een andere leerling stuurde het filmpje.\nDaarna zag Sietske dat een andere leerling het deelde: een andere leerling lachte.\n\nEen andere leerling ook! Een andere leerling niet?\"Een andere leerling\" wel."
        )
        #expect(replaced.map(\.line) == [1, 2, 2, 4, 4, 4])
        #expect(replaced.map(\.found) == ["Fenna", "H. Vermeulen", "Fenna", "Bas", "Roos", "Sem"])
        #expect(replaced[3].replacement == "Een andere leerling" && replaced[2].replacement == "een andere leerling")
        // The inzage export keeps its bracketed placeholder, never capitalised.
        #expect(Self.redactor.apply("Fenna.") == "[leerling].")
    }

    /// The review of an adversarial reading: a possessive without an apostrophe, an abbreviation's
    /// full stop, a closing quote, and a name wrapped across lines (the lines after it keep their numbers).
    @Test func possessivesAbbreviationsQuotesAndWrappedNames() {
        let letter = Redactor(pupils: Self.others, keep: [Self.owner], replacement: "een andere leerling")
        #expect(letter.apply("Fennas telefoon lag er.") == "Een andere leerling telefoon lag er.")
        #expect(letter.apply("de fennas bloeien") == "de fennas bloeien", "only with a capital, as a name")
        #expect(
            letter.apply("Er waren o.a. Fenna en bijv. Hanna.")
                == "Er waren o.a. een andere leerling en bijv. een andere leerling.")
        #expect(letter.apply("Zij zei: “stop.” Fenna ging weg.") == "Zij zei: “stop.” Een andere leerling ging weg.")
        #expect(letter.apply("Wacht… Fenna kwam.") == "Wacht… Een andere leerling kwam.")
        let (out, replaced) = letter.review("Zij zag Hanna\nVermeulen lopen.\nDaarna Fenna.")
        #expect(out == "Zij zag een andere leerling\n lopen.\nDaarna een andere leerling.")
        #expect(replaced.map(\.line) == [1, 3])
    }

    /// An account name that holds a name ("@fenna_vdberg", "hannavermeulen2014") cannot be replaced by
    /// words a sentence carries: the whole account name is, by what the caller gives (in a letter a
    /// bracketed text, so it is not filed until the director rewrites it).
    @Test func anAccountNameThatHoldsANameIsReplacedWhole() {
        let letter = Redactor(
            pupils: Self.others, keep: [Self.owner], replacement: "een andere leerling",
            handleReplacement: "[account]")
        let (out, replaced) = letter.review(
            "Het account @fenna_vdberg plaatste het, daarna (hannavermeulen2014). Sietske_2013 niet; e-mail ok.")
        #expect(out == "Het account [account] plaatste het, daarna ([account]). Sietske_2013 niet; e-mail ok.")
        #expect(replaced.map(\.found) == ["@fenna_vdberg", "hannavermeulen2014"])
        #expect(replaced[1].people.contains("Hanna Vermeulen"))
        // Without it (the inzage export), account names are left to the word rules as before.
        #expect(Self.redactor.review("@fenna_vdberg").text == "@[leerling]_vdberg")
    }
}
