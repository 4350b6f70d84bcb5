/// A report as retention reads it (Integrity.retentionDue, Transaction.purge): its state, when
/// it came in, and whether it belongs to anyone besides the person asked about. No text.
public struct ReportAboutPerson: Sendable, Hashable {
    public var id: IncidentID
    public var status: IncidentStatus
    /// A record of the person's like an entry: the retention period runs from it too. A director
    /// set a pupil's leaving day back to 2000 and purged a report filed that morning (a review).
    public var reportedAt: Timestamp
    /// A case was opened from it, about whomever.
    public var hasCases: Bool
    /// Someone else it is about still keeps it: another subject, not a parent, whose dossier has
    /// not been purged since it came in (`StorageReader.hasLetGo`). A report about two pupils
    /// outlived both their purges, each leaving it to the other; one about a pupil and a parent
    /// outlived the pupil's, a parent having no dossier to purge (a review).
    public var otherSubjects: Bool

    public init(
        id: IncidentID, status: IncidentStatus, reportedAt: Timestamp, hasCases: Bool, otherSubjects: Bool
    ) {
        self.id = id
        self.status = status
        self.reportedAt = reportedAt
        self.hasCases = hasCases
        self.otherSubjects = otherSubjects
    }

    /// Goes with the person's dossier in a purge: judged (dismissed, or triaged with its cases gone
    /// in earlier purges), no case left, about them alone among those who keep it. A report with a
    /// case goes with that case (Transaction.purge); one about others too is theirs as well, until
    /// their dossiers have gone. A report with a case for one of two pupils stayed "in behandeling"
    /// after both purges (a review).
    public var leavesWithDossier: Bool { status != .new && !hasCases && !otherSubjects }
}
