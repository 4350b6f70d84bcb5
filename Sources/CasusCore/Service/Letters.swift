/// Letters from the templates in Config/templates: drafted from a case, edited by the director,
/// filed in the dossier.
public struct Letters: Sendable {
    let session: Session
    var actor: Actor { session.actor }

    /// A letter from a template, filled in with the case's data: the text the director then edits.
    public func draft(case id: CaseID, template: LetterTemplate) throws -> String {
        try session.require(.correspond)
        let detail = try CaseWorkflow(session: session).detail(id)
        try Self.check(template, fits: detail.subject)
        let parents = try session.read { try $0.guardians(ofPupil: detail.dossierOwner.id) }
        let phone = detail.profile.escalations.vertrouwensinspecteur?.phone ?? "0900-1113111"
        return template.render(
            LetterContext.build(
                detail, parents: parents, signer: actor, today: session.today,
                vertrouwensinspecteurPhone: phone))
    }

    static func check(_ template: LetterTemplate, fits subject: Person) throws {
        let kind = subject.kind.ladderKind
        guard template.appliesTo.contains(kind) else {
            let for_ = template.appliesTo.map { $0.label.nl }.joined(separator: " of ")
            let forEn = template.appliesTo.map { $0.label.en }.joined(separator: " or ")
            throw CasusError.refused(
                "het sjabloon ‘\(template.title)’ hoort bij een zaak over een \(for_), niet over een \(kind.label.nl)",
                "the template ‘\(template.title)’ is for a case about a \(forEn), not a \(kind.label.en)")
        }
    }

    /// A filed letter and the obligations it fulfilled.
    public struct Filed: Sendable {
        public var entry: DossierEntry
        public var done: [Obligation]
    }

    /// Files the (edited) letter in the case's dossier and marks the obligation it fulfils done.
    @discardableResult
    public func file(case id: CaseID, template: LetterTemplate, body: String) throws -> Saved<Filed> {
        try session.require(.correspond)
        let text = body.trimmed
        guard !text.isEmpty else {
            throw CasusError.invalid(
                "de brief is leeg; er is niets opgeslagen", "the letter is empty; nothing was saved")
        }
        if let (placeholder, line) = LetterText.firstPlaceholder(in: text) {
            throw CasusError.invalid(
                "de brief bevat nog een niet ingevuld veld \(placeholder) op regel \(line); er is niets opgeslagen",
                "the letter still holds an unfilled field \(placeholder) on line \(line); nothing was saved",
                hint: Phrase(
                    "Vul op die regel in wat tussen [ en ] gevraagd wordt, of haal het weg, en sla de brief opnieuw op.",
                    "Fill in on that line what the [ ] asks for, or remove it, and save the letter again."))
        }
        let cases = CaseWorkflow(session: session)
        return try session.write { tx in
            let (h, _, owner) = try cases.history(tx.r, id)
            try Self.check(template, fits: h.subject)
            let entry = try tx.append(
                EntryDraft(
                    kind: template.entryKind, title: "\(template.title) — zaak \(h.record.number)",
                    body: text, caseID: id), to: owner.id, at: tx.now)
            var done: [Obligation] = []
            if h.record.status == .open {
                for o in h.obligations where !o.isDone && template.fulfils.contains(o.kind) {
                    done.append(
                        try cases.complete(
                            o, of: h.record, dossier: owner.id, entry: entry.id, via: template.id, in: tx, at: tx.now))
                }
            }
            return Filed(entry: entry, done: done)
        }
    }

    /// A filed letter laid out to print and sign (what `casus letter pdf` renders): the school's
    /// letterhead, the addressee (as the letter names them, else the parents or the subject as the
    /// case knows them), place and date, the text, the signature, and the entry's seq and hash.
    /// Reading it reads the dossier: audited.
    public func document(entry id: EntryID, logoPath: String? = nil) throws -> LetterDocument {
        try session.require(.correspond)
        let (doc, owner) = try session.read { r -> (LetterDocument, PersonID) in
            guard let e = try r.entry(id: id), let owner = try r.person(id: e.dossierID),
                AccessPolicy.maySeeDossier(of: owner, actor: actor), session.reaches(school: owner.schoolID)
            else {
                throw CasusError.notFound(
                    "stuk \(id) bestaat niet (of u mag het niet zien)",
                    "entry \(id) does not exist (or you may not see it)",
                    hint: Phrase(
                        "`casus dossier show PERSOON` toont de stukken met hun nummer.",
                        "`casus dossier show PERSON` lists the entries with their ids."))
            }
            guard e.kind == .letter else {
                throw CasusError.refused(
                    "stuk \(id) is een \(e.kind.label.nl), geen brief; alleen een brief wordt een PDF om te ondertekenen",
                    "entry \(id) is a \(e.kind.label.en), not a letter; only a letter becomes a PDF to sign")
            }
            let school = try r.school(id: owner.schoolID)
            var subject: Person?
            if let caseID = e.caseID, let c = try r.caseRecord(id: caseID) { subject = try r.person(id: c.subjectID) }
            let addressee: [String]
            if let subject, subject.kind == .parent || subject.kind.isPersonnel {
                addressee = [subject.name]
            } else {
                let parents = try r.guardians(ofPupil: owner.id).map(\.name)
                addressee =
                    parents.isEmpty
                    ? ["De ouders/verzorgers van \(owner.name)"]
                    : [
                        parents.count == 1
                            ? parents[0] : parents.dropLast().joined(separator: ", ") + " en " + parents.last!
                    ]
            }
            let town = school?.town ?? ""
            let date = e.at.localDate().dutchLong
            let doc = LetterDocument.from(
                text: e.body, title: e.title, schoolName: school?.name ?? "", schoolTown: town,
                addressee: addressee, placeAndDate: town.isEmpty ? date : "\(town), \(date)",
                signerName: e.authorName, signerFunction: "directeur", dossierName: owner.name,
                caseNumber: e.caseNumber, seq: e.seq, hash: e.hash, logoPath: logoPath)
            return (doc, owner.id)
        }
        try session.auditRead(
            "letter.print", person: owner, detail: "stuk \(id) (nr. \(doc.seq)) als PDF om te ondertekenen")
        return doc
    }
}
