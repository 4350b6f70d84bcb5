/// A small multi-line editor for letters and notes when neither $VISUAL nor $EDITOR is set. A line
/// longer than the editor is wide is shown over as many rows as it needs, broken after the last
/// space that fits, as any editor a director knows does: a paragraph typed as one line ran off the
/// right edge, only the cursor's line scrolled sideways, and what was written before was out of
/// sight (a review). Up and Down move a row on screen, PgUp and PgDn a page of rows.
public struct TextArea: Sendable, Equatable {
    public private(set) var lines: [[Character]]
    public private(set) var row = 0
    public private(set) var col = 0
    /// The first row on screen. Kept where it was set; `shownFrom` clamps it to the text and the
    /// cursor as they now are (after a resize, or lines joined).
    public private(set) var top = Row(line: 0, part: 0)
    /// The column Up and Down keep to over shorter rows, until another key moves the cursor.
    private var goal: Int?
    /// Where each line's rows start, kept per line for one width (`wrapWidth`); `whole` false: only
    /// the rows before a change, broken on from the last when needed. Every key broke every line
    /// between the view's top and the cursor again, and a pasted paragraph of 3,900 characters took
    /// six minutes (a review). A line with no entry is broken where it is needed.
    private var wraps: [Int: (starts: [Int], whole: Bool)] = [:]
    private var wrapWidth = 0

    /// A row on screen: a line of the text and which part of it, when it is wrapped.
    public struct Row: Sendable, Equatable, Comparable {
        public var line: Int
        public var part: Int

        public static func < (a: Row, b: Row) -> Bool { (a.line, a.part) < (b.line, b.part) }
    }

    /// A line longer than this is not wrapped but scrolled sideways on the cursor's row: a pasted
    /// line of a megabyte is not broken into rows at every key.
    static let wrapLimit = 4_000

    public init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
        if lines.isEmpty { lines = [[]] }
    }

    public static func == (a: TextArea, b: TextArea) -> Bool {
        a.lines == b.lines && a.row == b.row && a.col == b.col && a.top == b.top && a.goal == b.goal
    }

    public var value: String { lines.map { String($0) }.joined(separator: "\n") }

    /// `width`: the editor's width in columns, where its rows break; `page`: the rows PgDn turns.
    public mutating func handle(_ key: Key, page: Int, width: Int) -> Bool {
        let vertical: Set<Key> = [.up, .down, .pageUp, .pageDown]
        if !vertical.contains(key) { goal = nil }
        keep(width: width)
        switch key {
        case let .char(c):
            guard let c = Typed.accept(c) else { return true }
            changed(row, at: col)
            if col > 0, let joined = Typed.join(lines[row][col - 1], c) {
                lines[row][col - 1] = joined
                return true
            }
            lines[row].insert(c, at: col)
            col += 1
        case .enter:
            let rest = Array(lines[row][col...])
            lines[row].removeLast(lines[row].count - col)
            lines.insert(rest, at: row + 1)
            wraps = [:]
            row += 1
            col = 0
        case .tab:
            changed(row, at: col)
            for _ in 0..<4 {
                lines[row].insert(" ", at: col)
                col += 1
            }
        case .backspace:
            if col > 0 {
                changed(row, at: col - 1)
                lines[row].remove(at: col - 1)
                col -= 1
            } else if row > 0 {
                col = lines[row - 1].count
                lines[row - 1] += lines[row]
                lines.remove(at: row)
                wraps = [:]
                row -= 1
            }
        case .delete:
            if col < lines[row].count {
                changed(row, at: col)
                lines[row].remove(at: col)
            } else if row + 1 < lines.count {
                lines[row] += lines[row + 1]
                lines.remove(at: row + 1)
                wraps = [:]
            }
        case .left:
            if col > 0 {
                col -= 1
            } else if row > 0 {
                row -= 1
                col = lines[row].count
            }
        case .right:
            if col < lines[row].count {
                col += 1
            } else if row + 1 < lines.count {
                row += 1
                col = 0
            }
        case .up: moveCursor(rows: -1, width: width)
        case .down: moveCursor(rows: 1, width: width)
        // The view turns a page with the cursor, as in any editor: moving only the cursor left the
        // view a line further on after the first PgDn (a review).
        case .pageUp:
            top = shownFrom(rows: page + 1, width: width)
            moveCursor(rows: -page, width: width)
            top = step(top, by: -page, width: width)
        case .pageDown:
            top = shownFrom(rows: page + 1, width: width)
            moveCursor(rows: page, width: width)
            // The last page is full: the view stops with the last row at its bottom.
            top = min(step(top, by: page, width: width), step(lastRow(width: width), by: -page, width: width))
        case .home, .ctrl("a"): col = 0
        case .end, .ctrl("e"): col = lines[row].count
        default:
            return false
        }
        return true
    }

    /// A pasted text, inserted at the cursor at once (a line break as Enter, a tab as the Tab key's
    /// four spaces, what a terminal would obey left out): the lines it touches are broken into rows
    /// once, not once for each of its characters.
    public mutating func insert(_ text: String) {
        goal = nil
        var pasted: [[Character]] = [[]]
        for ch in text {
            if ch.isNewline {
                pasted.append([])
            } else if ch == "\t" {
                pasted[pasted.count - 1] += [" ", " ", " ", " "]
            } else if let c = Typed.accept(ch) {
                pasted[pasted.count - 1].append(c)
            }
        }
        // A mark or joiner the paste begins with joins the character before the cursor, as typed.
        if col > 0, let first = pasted[0].first, let joined = Typed.join(lines[row][col - 1], first) {
            lines[row][col - 1] = joined
            pasted[0].removeFirst()
        }
        let rest = Array(lines[row][col...])
        lines[row].removeLast(rest.count)
        lines[row] += pasted[0]
        if pasted.count > 1 {
            lines.insert(contentsOf: pasted.dropFirst(), at: row + 1)
            row += pasted.count - 1
        }
        col = lines[row].count
        lines[row] += rest
        wraps = [:]
    }

    /// Keeps the cursor's row in view, the view filled; the lines shown are broken once and kept.
    public mutating func scroll(rows: Int, width: Int) {
        warm(rows: rows, width: width)
        top = shownFrom(rows: rows, width: width)
        warm(rows: rows, width: width)
    }

    /// Breaks the lines the view may show (from the view's top or the cursor, a screen on) and
    /// keeps them: what `draw` and `shownFrom` read after a key or a resize.
    public mutating func warm(rows: Int, width: Int) {
        keep(width: width)
        var n = max(0, min(top.line, row, lines.count - 1))
        let through = min(lines.count - 1, max(row, top.line) + max(1, rows))
        while n <= through {
            if wraps[n]?.whole != true { wraps[n] = (breaks(n, width: width, cursor: false), true) }
            n += 1
        }
    }

    /// The first row to show in `rows` rows of `width` columns: `top`, clamped to the text, moved
    /// as little as keeps the cursor's row in view, and back as far as fills the view (a resize
    /// to a larger window showed one row of text over empty ones, the rest above out of sight, a
    /// review).
    public func shownFrom(rows: Int, width: Int) -> Row {
        let rows = max(1, rows)
        var first = top
        if first.line >= lines.count { first = Row(line: lines.count - 1, part: 0) }
        first.part = min(first.part, breaks(first.line, width: width).count - 1)
        let cursor = cursorRow(width: width)
        if cursor < first {
            first = cursor
        } else {
            // Walks from the top to the cursor only as far as a screen reaches.
            var r = first
            var seen = 0
            while r != cursor, seen < rows - 1, let next = next(r, width: width) {
                r = next
                seen += 1
            }
            if r != cursor { first = step(cursor, by: -(rows - 1), width: width) }
        }
        // The view filled: a top with fewer rows below it than the view holds goes back.
        var r = first
        var below = 1
        while below < rows, let next = next(r, width: width) {
            r = next
            below += 1
        }
        return below < rows ? step(r, by: -(rows - 1), width: width) : first
    }

    public func draw(into c: inout Canvas, x: Int, y: Int, width: Int, rows: Int) {
        guard width > 0 else { return }
        let cursor = cursorRow(width: width)
        var r: Row? = shownFrom(rows: rows, width: width)
        for i in 0..<rows {
            guard let shown = r else { break }
            defer { r = next(shown, width: width) }
            let line = lines[shown.line]
            guard line.count <= Self.wrapLimit else {
                drawUnwrapped(line, n: shown.line, into: &c, x: x, y: y + i, width: width)
                continue
            }
            let starts = breaks(shown.line, width: width)
            let start = starts[shown.part]
            let end = shown.part + 1 < starts.count ? starts[shown.part + 1] : line.count
            c.put(String(line[start..<end]), x: x, y: y + i, maxX: x + width)
            if shown == cursor {
                let cx = x + DisplayWidth.of(String(line[start..<col]))
                c.put(col < line.count ? String(line[col]) : " ", x: cx, y: y + i, style: Style(reverse: true))
            }
        }
    }

    /// A line past `wrapLimit`: its start, or on the cursor's row the part around the cursor,
    /// ending in a dim "…" where it goes on (as nano's "$").
    private func drawUnwrapped(_ line: [Character], n: Int, into c: inout Canvas, x: Int, y: Int, width: Int) {
        let start = n == row ? DisplayWidth.start(before: col, in: line, columns: width) : 0
        var shown = DisplayWidth.fitting(line[start...], columns: width)
        if shown.count < line.count - start, width > 1 {
            shown = DisplayWidth.fitting(line[start...], columns: width - 1)
            c.put("…", x: x + width - 1, y: y, style: Style(dim: true))
        }
        c.put(shown, x: x, y: y, maxX: x + width)
        if n == row {
            let cx = x + DisplayWidth.of(String(line[start..<col]))
            c.put(col < line.count ? String(line[col]) : " ", x: cx, y: y, style: Style(reverse: true))
        }
    }

    // MARK: Rows

    /// Where line `n`'s rows start, in characters: after the last space that fits, inside a word
    /// only when the word is wider than a row (TextField.drawWrapped breaks a report's text so).
    /// `cursor`: the cursor at the very end of a full row is on a row of its own below it.
    func breaks(_ n: Int, width: Int, cursor: Bool = true) -> [Int] {
        let line = lines[n]
        guard line.count <= Self.wrapLimit, width > 0 else { return [0] }
        var starts: [Int]
        if width == wrapWidth, let kept = wraps[n] {
            starts = kept.whole ? kept.starts : Self.breaking(line, width: width, after: kept.starts)
        } else {
            starts = Self.breaking(line, width: width, after: [0])
        }
        if cursor, n == row, col == line.count, !line.isEmpty,
            DisplayWidth.of(String(line[starts[starts.count - 1]...])) >= width
        {
            starts.append(line.count)
        }
        return starts
    }

    /// The rows' starts of `line`, going on from the last of `starts` (a row's start, where the
    /// breaking begins afresh).
    static func breaking(_ line: [Character], width: Int, after starts: [Int]) -> [Int] {
        var starts = starts
        var used = 0
        var space: Int?
        var i = starts[starts.count - 1]
        while i < line.count {
            let ch = line[i]
            let w = DisplayWidth.of(ch)
            let last = starts[starts.count - 1]
            if used + w > width, i > last {
                // A space that does not fit starts the next row, so that the cursor on it shows;
                // else the word after the row's last space goes down whole. Not after a space that
                // is the row's only character: that row showed empty (a review).
                let start = ch == " " ? i : (space.flatMap { $0 > last ? $0 + 1 : nil } ?? i)
                starts.append(start)
                used = DisplayWidth.of(String(line[start..<i]))
                space = nil
                // The word carried down and this character do not fit either: a wide character
                // at a row's end was drawn past the editor's edge (a review).
                if used + w > width, start < i {
                    starts.append(i)
                    used = 0
                }
            }
            if ch == " " { space = i }
            used += w
            i += 1
        }
        return starts
    }

    /// Line `n` changed at `at`: its rows before the one holding the change stand (a word of that
    /// row may go up into the one before, so that one is broken again too).
    private mutating func changed(_ n: Int, at: Int) {
        guard let kept = wraps[n] else { return }
        let k = kept.starts.lastIndex { $0 <= at } ?? 0
        wraps[n] = (Array(kept.starts.prefix(max(1, k))), false)
    }

    /// The rows are kept for one width: another drops them.
    private mutating func keep(width: Int) {
        if width != wrapWidth {
            wraps = [:]
            wrapWidth = width
        }
    }

    func cursorRow(width: Int) -> Row {
        let starts = breaks(row, width: width)
        return Row(line: row, part: starts.lastIndex { $0 <= col } ?? 0)
    }

    private func lastRow(width: Int) -> Row {
        Row(line: lines.count - 1, part: breaks(lines.count - 1, width: width).count - 1)
    }

    private func next(_ r: Row, width: Int) -> Row? {
        if r.part + 1 < breaks(r.line, width: width).count { return Row(line: r.line, part: r.part + 1) }
        return r.line + 1 < lines.count ? Row(line: r.line + 1, part: 0) : nil
    }

    private func previous(_ r: Row, width: Int) -> Row? {
        if r.part > 0 { return Row(line: r.line, part: r.part - 1) }
        return r.line > 0 ? Row(line: r.line - 1, part: breaks(r.line - 1, width: width).count - 1) : nil
    }

    /// `r` moved `by` rows (back when negative), stopping at the first or last row.
    private func step(_ r: Row, by n: Int, width: Int) -> Row {
        var r = r
        for _ in 0..<abs(n) {
            guard let moved = n < 0 ? previous(r, width: width) : next(r, width: width) else { break }
            r = moved
        }
        return r
    }

    /// The cursor `rows` rows up or down, at the column it was in (or kept to), on that row.
    private mutating func moveCursor(rows: Int, width: Int) {
        let from = cursorRow(width: width)
        let starts = breaks(row, width: width)
        let x = goal ?? DisplayWidth.of(String(lines[row][starts[from.part]..<col]))
        let to = step(from, by: rows, width: width)
        // Moving may leave the end of the cursor's line, whose last row then ends otherwise.
        row = to.line
        col = 0
        let target = breaks(to.line, width: width)
        let part = min(to.part, target.count - 1)
        let line = lines[to.line]
        let start = target[part]
        let end = part + 1 < target.count ? target[part + 1] - 1 : line.count
        var used = 0
        col = start
        while col < end, used + DisplayWidth.of(line[col]) <= x {
            used += DisplayWidth.of(line[col])
            col += 1
        }
        goal = x
    }
}
