import CasusCore
import Testing

/// Issue 16, item 2: the Dutch salutation and address lines a letter prints.
@Suite struct SalutationTests {
    func person(
        _ first: String, _ infix: String = "", _ last: String, _ salutation: Salutation = .onbekend,
        id: PersonID = 1
    ) -> Person {
        Person(
            id: id, schoolID: 1, kind: .parent, firstName: first, infix: infix, lastName: last,
            salutation: salutation)
    }

    @Test func theTussenvoegselTakesACapitalAfterHeerOrMevrouw() {
        let kees = person("Kees", "van den", "Berg", .heer)
        #expect(LetterSalutation.salutation([kees]) == "Geachte heer Van den Berg")
        let anne = person("Anne", "de", "Vries", .mevrouw)
        #expect(LetterSalutation.salutation([anne]) == "Geachte mevrouw De Vries")
        // In the address the tussenvoegsel stays small after the initials.
        #expect(LetterSalutation.addressName(kees) == "De heer K. van den Berg")
        #expect(LetterSalutation.addressName(anne) == "Mevrouw A. de Vries")
    }

    @Test func aSurnameWithoutTussenvoegselAndADoubleSurname() {
        let fatima = person("Fatima", "", "El Amrani", .mevrouw)
        #expect(LetterSalutation.salutation([fatima]) == "Geachte mevrouw El Amrani")
        let joint = person("Sanne", "", "Jansen-van Dijk", .mevrouw)
        #expect(LetterSalutation.salutation([joint]) == "Geachte mevrouw Jansen-van Dijk")
        #expect(LetterSalutation.addressName(joint) == "Mevrouw S. Jansen-van Dijk")
    }

    @Test func parentsAtOneAddressAreGreetedTogether() {
        let kees = person("Kees", "van den", "Berg", .heer)
        let fatima = person("Fatima", "", "El Amrani", .mevrouw, id: 2)
        #expect(LetterSalutation.salutation([kees, fatima]) == "Geachte heer Van den Berg en mevrouw El Amrani")
    }

    @Test func unknownOrNeutralIsTheNameWithInitialsNeverTheFirstName() {
        let kees = person("Kees", "van den", "Berg")
        #expect(LetterSalutation.salutation([kees]) == "Geachte K. van den Berg")
        #expect(!LetterSalutation.salutation([kees]).contains("Kees"))
        let kim = person("Kim Anna", "", "Verbeek", .neutraal)
        #expect(LetterSalutation.salutation([kim]) == "Geachte K.A. Verbeek")
        #expect(LetterSalutation.addressName(kim) == "K.A. Verbeek")
        #expect(LetterSalutation.salutation([]) == "Geachte ouders/verzorgers")
    }

    @Test func theAddressLinesFollowPostNL() {
        let a = PostalAddress(street: "Kerkstraat 12a", postcode: "8011 AB", town: "Zwolle")
        #expect(a.lines == ["Kerkstraat 12a", "8011 AB  ZWOLLE"])
        #expect(a.isComplete)
        #expect(!PostalAddress(street: "Kerkstraat 12a").isComplete)
        #expect(PostalAddress.street("Kerkstraat", number: " 12a ") == "Kerkstraat 12a")
    }

    @Test func aPostcodeIsNormalisedOrRefused() {
        #expect(PostalAddress.postcode("8011ab") == "8011 AB")
        #expect(PostalAddress.postcode(" 8011  AB ") == "8011 AB")
        #expect(PostalAddress.postcode("0123 AB") == nil)
        #expect(PostalAddress.postcode("8011 A") == nil)
        #expect(PostalAddress.postcode("80111 AB") == nil)
        #expect(PostalAddress.postcode("B-1000") == nil)
    }

    @Test func anAdministrationsGenderColumnReads() {
        #expect(Salutation.parse("M") == .heer)
        #expect(Salutation.parse("v") == .mevrouw)
        #expect(Salutation.parse("Vrouw") == .mevrouw)
        #expect(Salutation.parse("dhr.") == .heer)
        #expect(Salutation.parse("X") == .neutraal)
        #expect(Salutation.parse("") == .onbekend)
        #expect(Salutation.parse("q") == nil)
    }

    @Test func parentsLivingApartGetALetterEachAndTogetherOne() {
        let pupil = Person(id: 9, schoolID: 1, kind: .pupil, firstName: "Tygo", lastName: "Berg")
        var kees = person("Kees", "van den", "Berg", .heer)
        var fatima = person("Fatima", "", "El Amrani", .mevrouw, id: 2)
        kees.address = PostalAddress(street: "Kerkstraat 1", postcode: "8011 AB", town: "Zwolle")
        fatima.address = PostalAddress(street: "Kerkstraat 1", postcode: "8011ab", town: "Zwolle")
        fatima.address.postcode = "8011 AB"
        #expect(
            LetterContext.addressees(subject: pupil, dossierOwner: pupil, parents: [kees, fatima]).map {
                $0.map(\.id)
            } == [[1, 2]])
        fatima.address = PostalAddress(street: "Molenweg 3", postcode: "8012 CD", town: "Zwolle")
        #expect(
            LetterContext.addressees(subject: pupil, dossierOwner: pupil, parents: [kees, fatima]).map {
                $0.map(\.id)
            } == [[1], [2]])
        // A case about a parent: the letter goes to that parent only.
        #expect(
            LetterContext.addressees(subject: kees, dossierOwner: pupil, parents: [kees, fatima]).map {
                $0.map(\.id)
            } == [[1]])
        #expect(LetterContext.addressees(subject: pupil, dossierOwner: pupil, parents: []).map(\.count) == [0])
    }
}
