/// The values a letter template is rendered with (the variables are listed in Config/templates/README.md).
public enum LetterContext {
    public static func build(
        _ d: CaseDetail, parents: [Person], signer: Actor, today: LocalDate,
        vertrouwensinspecteurPhone: String = "0900-1113111"
    ) -> [String: Any] {
        let kind = d.subject.kind.ladderKind
        let step = d.steps.last
        let decisionDate = step?.date ?? today
        let pupil: [String: Any] =
            d.dossierOwner.kind == .pupil
            ? ["name": d.dossierOwner.name, "firstName": d.dossierOwner.firstName, "group": d.dossierOwner.group ?? ""]
            : ["name": "", "firstName": "", "group": ""]
        let names = parents.map(\.name)
        let parentNames =
            names.isEmpty
            ? "de ouders/verzorgers"
            : names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " en " + names.last!
        var context: [String: Any] = [
            "school": ["name": d.school?.name ?? "", "town": d.school?.town ?? ""],
            "today": today.dutchLong,
            "director": ["name": signer.displayName, "role": signer.role == .board ? "bestuur" : "directeur"],
            "protocol": ["name": d.profile.name, "document": d.profile.document],
            "case": [
                "number": d.record.number, "summary": d.record.summary, "severity": d.record.severity.label.nl,
                "opened": d.record.openedAt.localDate().dutchLong,
            ],
            "incident": [
                "date": d.incident?.reportedAt.localDate().dutchLong ?? "", "platform": d.incident?.platform ?? "",
            ],
            "subject": [
                "name": d.subject.name, "firstName": d.subject.firstName, "kind": d.subject.kind.label.nl,
                "group": d.subject.group ?? "", "function": d.subject.function ?? "",
            ],
            "isPupil": d.subject.kind == .pupil,
            "isParent": d.subject.kind == .parent,
            "isStaff": d.subject.kind.isPersonnel,
            "pupil": pupil,
            "parents": parents.map { ["name": $0.name] },
            "parentNames": parentNames,
            "articles": d.articles.map { ["id": $0.id, "title": $0.title, "text": $0.text] },
            "hasStep": step != nil,
            "vertrouwensinspecteur": ["phone": vertrouwensinspecteurPhone],
            "isSuspension": step?.rung == .suspension,
            "isRemoval": step?.rung == .removal,
            "aangifte": [
                "mandatory": d.profile.escalations.aangifte == .mandatory,
                "optional": d.profile.escalations.aangifte == .optional,
                "source": d.profile.escalations.aangifteSource ?? "",
            ],
        ]
        for (key, value) in legal(d, today: today, decisionDate: decisionDate) { context[key] = value }
        if let step {
            context["step"] = [
                "rung": step.rung.label(for: kind).nl, "reason": step.reason, "days": step.days.map(String.init) ?? "",
                "start": step.startDate?.dutchLong ?? "", "end": step.endDate?.dutchLong ?? "",
                "date": step.date.dutchLong,
                "justification": step.justification ?? "", "detail": step.detail, "rungID": step.rung.rawValue,
                "phase": step.phase.rawValue,
            ]
        }
        return context
    }
}
