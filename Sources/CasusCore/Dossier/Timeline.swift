/// One line of a dossier's timeline: an entry, and whether it stands under the entry it corrects.
public struct TimelineItem: Sendable, Equatable {
    public let entry: DossierEntry
    public let isCorrection: Bool
}

extension DossierView {
    /// The timeline as the screen and `dossier show` list it: every entry exactly once, in the
    /// order written, except that a correction stands under the entry its chain of corrections
    /// began with (a correction of a correction too), in the order the corrections were written.
    /// A correction whose entry is not in the dossier stands in its own place.
    public var timeline: [TimelineItem] {
        let ids = Set(entries.map(\.id))
        // A correction always names an earlier entry, so its root is known when it is reached.
        var root: [EntryID: EntryID] = [:]
        var thread: [EntryID: [DossierEntry]] = [:]
        var tops: [DossierEntry] = []
        for e in entries {
            if let target = e.corrects, ids.contains(target) {
                let r = root[target] ?? target
                root[e.id] = r
                thread[r, default: []].append(e)
            } else {
                tops.append(e)
            }
        }
        var items: [TimelineItem] = []
        items.reserveCapacity(entries.count)
        for e in tops {
            items.append(TimelineItem(entry: e, isCorrection: e.corrects != nil))
            for c in thread[e.id] ?? [] { items.append(TimelineItem(entry: c, isCorrection: true)) }
        }
        return items
    }
}
