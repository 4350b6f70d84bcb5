/// Who a letter goes to and who signs it (issue 16, item 2): the addressee's address block and
/// salutation, and the signature for the bevoegd gezag.
extension LetterContext {
    /// The addressees of a case's letters, one list per letter: the parent or employee the case
    /// is about; for a pupil, the parents/guardians, one letter per address (parents living
    /// together get one letter, parents living apart one each). casus records no separate
    /// "gezag" flag: every guardian linked to the pupil is taken to have legal authority.
    /// A pupil without guardians gets one letter to "de ouders/verzorgers" (an empty list).
    /// `decision`: a decision about the pupil (suspension or removal), which the law has made
    /// known to the pupil as well, or to the pupil alone (`DecisionAddressees`).
    public static func addressees(
        subject: Person, dossierOwner: Person, parents: [Person], decision: DecisionAddressees = .parents
    ) -> [[Person]] {
        if subject.kind == .parent || subject.kind.isPersonnel { return [[subject]] }
        guard dossierOwner.kind == .pupil else { return [[]] }
        switch decision {
        case .parents: break
        case .pupil: return [[dossierOwner]]
        // Parents not in casus still get their letter: its `[…]` keeps it from being filed.
        case .pupilAndParents: return [[dossierOwner]] + (parents.isEmpty ? [[]] : parentGroups(parents))
        }
        return parents.isEmpty ? [[]] : parentGroups(parents)
    }

    /// Every letter a parent of the pupil could be sent: one per address.
    static func parentGroups(_ parents: [Person]) -> [[Person]] {
        var groups: [[Person]] = []
        var keys: [String] = []
        for p in parents {
            // Parents without an address are kept together: nothing says they live apart.
            let key = p.address.isEmpty ? "" : (p.address.postcode + " " + p.address.street).folded
            if let i = keys.firstIndex(of: key) {
                groups[i].append(p)
            } else {
                keys.append(key)
                groups.append([p])
            }
        }
        return groups
    }

    /// The first line of the address block a letter to `group` starts with (a parent's, the pupil's
    /// or "De ouders/verzorgers van …"): how a filed letter is known to have gone to that addressee.
    public static func nameLine(_ group: [Person], owner: Person) -> String {
        if group.count == 1, group[0].id == owner.id, owner.kind == .pupil { return owner.name }
        if let first = group.first { return LetterSalutation.addressName(first) }
        return owner.kind == .pupil ? "De ouders/verzorgers van \(owner.name)" : "De ouders/verzorgers"
    }

    /// Whether a letter's text is addressed to `group`: its address block (the first lines)
    /// holds the group's name line and, for a parent whose address casus has, its street: two
    /// parents of one name living apart are two addressees (found by a review).
    public static func isAddressed(_ body: String, to group: [Person], owner: Person) -> Bool {
        let head = body.split(separator: "\n", maxSplits: 14, omittingEmptySubsequences: false).prefix(14)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard head.contains(nameLine(group, owner: owner)) else { return false }
        guard let first = group.first, first.id != owner.id, first.address.isComplete else { return true }
        return head.contains(first.address.street)
    }

    /// Whether a letter's address block names `person` on a line of its own, as casus writes it
    /// ("Mevrouw K. Hendriks", "Mw. K. Hendriks"). Where another of `others` (the child's parents)
    /// is named alike, the names cannot tell them apart: the letter is theirs when its block names
    /// as many of that name as there are (one letter to both), else unsure (nil), for the director
    /// to judge. Not by where they live now: judged by today's streets, a parent who moved lost her
    /// letters, or got her ex-husband's at the street she moved into (two privacy reviews).
    public static func isAddressed(_ body: String, to person: Person, among others: [Person]) -> Bool? {
        let block = Letters.addressBlock(body).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let line = block.first(where: { names($0, person) }) else { return false }
        let alike = others.filter { $0.id != person.id && names(line, $0) }
        guard !alike.isEmpty else { return true }
        return block.filter { names($0, person) }.count > alike.count ? true : nil
    }

    /// Whether an address block's line names `p` as a name is written: "K. Hendriks", with a title
    /// that is not another than theirs ("Mevrouw", "Mw.", "Mevr.": no "de heer"), in any case of
    /// letters: a salutation recorded after the letter, or a title the director typed, leaves it
    /// theirs (a letter with "Mw." was left out unsaid, a review).
    static func names(_ line: String, _ p: Person) -> Bool {
        let formal = LetterSalutation.formalName(p).lowercased()
        let said = line.lowercased()
        if said == formal || said == LetterSalutation.addressName(p).lowercased() { return true }
        let titles: [(Salutation, [String])] = [
            (.mevrouw, ["mevrouw", "mw.", "mw", "mevr.", "mevr"]), (.heer, ["de heer", "dhr.", "dhr", "heer"]),
        ]
        for (salutation, words) in titles where words.contains(where: { said == "\($0) \(formal)" }) {
            return [salutation, .neutraal, .onbekend].contains(p.salutation)
        }
        return false
    }

    /// A decision's letters recorded as sent: those of `title` filed since the latest step of the
    /// rung the decision obligation `o` makes known, each with a sending. What says whether the
    /// decision is made known, to whom and on which day (`Letters.sent`, the letter to the
    /// Inspectie, an objection's term).
    /// `until`: the next decision of the rung, when `since` is an earlier one (the letters of a
    /// first suspension, not of the second, a review); `since` nil: the rung's latest decision.
    public static func sentLetters(
        of o: Obligation, title: String, steps: [Step], letters: [DossierEntry], sendings: [EntryID: LetterSending],
        since: Timestamp? = nil, until: Timestamp? = nil
    ) -> [DossierEntry] {
        let since = since ?? o.kind.decidedRung.flatMap { rung in steps.last { $0.rung == rung } }?.at
        return letters.filter { e in
            e.kind == .letter && e.title == title && e.at >= (since ?? e.at) && (until.map { e.at < $0 } ?? true)
                && sendings[e.id] != nil
        }
    }

    /// The addressees none of `letters` went to: each letter counts for one addressee, the first
    /// its address block names (a block naming two parents is not two letters).
    public static func unreached(_ groups: [[Person]], by letters: [DossierEntry], owner: Person) -> [[Person]] {
        var unused = letters
        return groups.filter { group in
            guard let i = unused.firstIndex(where: { isAddressed($0.body, to: group, owner: owner) }) else {
                return true
            }
            unused.remove(at: i)
            return false
        }
    }

    /// The values of a letter to the pupil (a VO decision): the pupil's name, and the pupil's own
    /// address, else the parents' when they share one (the pupil lives at home), else a `[…]`
    /// naming `casus people edit` for the pupil: with parents at two addresses casus cannot know
    /// where the pupil lives (it took the first parent's, found by a review). "Beste Daan": how a
    /// school writes to its pupils.
    static func pupilAddressee(_ pupil: Person, parents: [Person]) -> [String: Any] {
        var lines = [pupil.name]
        let homes = parents.map(\.address).filter(\.isComplete)
        let shared = homes.first.flatMap { first in homes.allSatisfy({ $0.lines == first.lines }) ? first : nil }
        if let home = pupil.address.isComplete ? pupil.address : shared {
            lines += home.lines
        } else {
            lines.append("\(LetterContext.missingAddress) casus people edit \(pupil.id) --street --postcode --town]")
        }
        return ["salutation": "Beste \(pupil.firstName)", "block": lines.joined(separator: "\n"), "names": pupil.name]
    }

    /// The values of one addressee list: `addressee.salutation` ("Geachte heer Van den Berg en
    /// mevrouw El Amrani"), `addressee.block` (names, street, "1234 AB  TOWN"; a `[…]` naming
    /// `casus people edit` where the address is missing, which keeps the letter from being
    /// filed until it is filled in), `addressee.names`.
    static func addressee(_ people: [Person], pupil: Person?) -> [String: Any] {
        let fallbackName = pupil.map { "De ouders/verzorgers van \($0.name)" } ?? "De ouders/verzorgers"
        let salutation = LetterSalutation.salutation(
            people, fallback: "Geachte ouders/verzorgers" + (pupil.map { " van \($0.firstName)" } ?? ""))
        var lines = people.isEmpty ? [fallbackName] : people.map(LetterSalutation.addressName)
        if let first = people.first(where: { $0.address.isComplete }) {
            lines += first.address.lines
        } else if let first = people.first {
            lines.append("\(LetterContext.missingAddress) casus people edit \(first.id) --street --postcode --town]")
        } else {
            lines.append(
                "\(LetterContext.missingParents) casus people add --kind parent --guardian-of \(pupil?.id ?? 0)]")
        }
        return [
            "salutation": salutation, "block": lines.joined(separator: "\n"),
            "names": people.map(\.name).joined(separator: " en "),
        ]
    }

    /// How the address block's placeholders begin (`Letters.file` names the command to run).
    static let missingAddress = "[adres ontbreekt:"
    static let missingParents = "[ouders ontbreken:"
    /// The signer of an account linked to no person: a decision to parents was signed with the
    /// login name ("c37dira"), a review. The director writes their name, or the account gets a person.
    static let missingSigner = "[naam van wie ondertekent: uw account is aan geen persoon gekoppeld]"
    /// A source casus could not verify, in a letter: the director checks it and writes the article.
    static let sourceToCheck = "bron nagaan:"

    /// "namens het bevoegd gezag, Stichting Primair Onderwijs Zwolle" (the stichting is the
    /// bevoegd gezag, not of it: a review), else "namens het bevoegd gezag van OBS De Linde": under
    /// the greeting, above the signer's name and function (the bevoegd gezag decides; the director
    /// signs for it).
    static func onBehalf(_ school: School?) -> String {
        guard let school else { return "namens het bevoegd gezag" }
        if !school.boardName.isEmpty { return "namens het bevoegd gezag, \(school.boardName)" }
        return school.name.isEmpty ? "namens het bevoegd gezag" : "namens het bevoegd gezag van \(school.name)"
    }
}
