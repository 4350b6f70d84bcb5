import ArgumentParser
import CasusCore
import Foundation

/// `--limit` and `--offset` of every list command: which rows, in the list's own order.
struct ListWindow: ParsableArguments {
    @Option(help: .nl("Ten hoogste zoveel rijen (standaard: alle).", en: "At most this many rows (default: all)."))
    var limit: Int?
    @Option(help: .nl("Sla eerst zoveel rijen over (standaard 0).", en: "Skip this many rows first (default 0)."))
    var offset: Int = 0

    func validate() throws {
        if let limit, limit < 1 {
            throw ValidationError(
                String.nl(
                    "--limit \(limit) kan niet: geef 1 of meer, of laat --limit weg voor alle rijen",
                    en: "--limit \(limit) is not allowed: give 1 or more, or leave --limit out for every row"))
        }
        try PageWindow.checkOffset(offset)
    }
}

/// The checks of a page whose `--limit` has a default of its own (`search`, `audit`): at least one row,
/// an offset of 0 or more, and the two together within reach.
enum PageWindow {
    static func check(limit: Int, offset: Int, defaultLimit: Int) throws {
        if limit < 1 {
            throw ValidationError(
                String.nl(
                    "--limit \(limit) kan niet: geef 1 of meer (standaard \(defaultLimit))",
                    en: "--limit \(limit) is not allowed: give 1 or more (default \(defaultLimit))"))
        }
        try checkOffset(offset)
        if offset > Int(Int32.max) - limit {
            throw ValidationError(
                String.nl(
                    "--offset \(offset) en --limit \(limit) samen zijn te groot",
                    en: "--offset \(offset) and --limit \(limit) together are too large"))
        }
    }

    /// An offset of 0 or more (every list's `--offset`).
    static func checkOffset(_ offset: Int) throws {
        if offset < 0 {
            throw ValidationError(
                String.nl(
                    "--offset \(offset) kan niet: geef 0 of meer",
                    en: "--offset \(offset) is not allowed: give 0 or more"))
        }
    }
}

/// A list read a page at a time and written as it is read, so a list of 60,000 cases costs the
/// memory of one page: as lines, or as the same JSON array `Output.json` writes for the whole list.
enum RowStream {
    // Large enough that skipping to a deep page (SQLite OFFSET walks the rows it skips) costs little
    // over a whole list, small enough to stay a few megabytes.
    static let page = 5000

    /// Every row of `window`, in pages fetched by `fetch(offset, limit)`, handed to `body` in order;
    /// a window with no row says so in words (`none`, e.g. "meldingen") on standard error, so a
    /// script reading the rows still reads none: a list that printed nothing read as a command
    /// that did nothing (a teacher's own reports, none filed yet).
    static func each<Row>(
        _ window: ListWindow, none: Phrase, _ lang: Lang, fetch: (_ offset: Int, _ limit: Int) throws -> [Row],
        _ body: (Row) throws -> Void
    ) throws {
        var shown = false
        try each(offset: window.offset, limit: window.limit, fetch: fetch) {
            shown = true
            try body($0)
        }
        if !shown {
            Output.error(
                (window.offset == 0
                    ? Phrase("Geen \(none.nl).", "No \(none.en).")
                    : Phrase(
                        "Geen \(none.nl) meer na de eerste \(window.offset).",
                        "No more \(none.en) after the first \(window.offset)."))(lang))
        }
    }

    /// As `each(_:fetch:_:)`, for a list whose window has a default limit of its own (`audit`).
    static func each<Row>(
        offset start: Int, limit: Int?, fetch: (_ offset: Int, _ limit: Int) throws -> [Row],
        _ body: (Row) throws -> Void
    ) throws {
        var offset = start
        var left = limit ?? Int.max
        while left > 0 {
            let want = min(page, left)
            let rows = try fetch(offset, want)
            for row in rows { try body(row) }
            if rows.count < want { return }
            offset += rows.count
            left -= rows.count
        }
    }

    /// A log newest first, a page at a time after the last line of the page before (`before`):
    /// each page an OFFSET query walked every line before it, and a district's audit log of 1.5
    /// million lines took a minute to write out. For `each` and `json`: their first page at the
    /// window's offset.
    static func log<Row: Identifiable>(
        _ fetch: @escaping (_ before: Int64?, _ offset: Int, _ limit: Int) throws -> [Row]
    ) -> (_ offset: Int, _ limit: Int) throws -> [Row] where Row.ID == Int64 {
        var before: Int64?
        return { offset, limit in
            // The first page at the window's offset; every next one after the last line read.
            let rows = try fetch(before, before == nil ? offset : 0, limit)
            before = rows.last?.id ?? before
            return rows
        }
    }

    /// The rows of `window` as a pretty-printed JSON array, element by element, byte for byte what
    /// encoding the whole array at once gives.
    static func json<Row: Encodable>(_ window: ListWindow, fetch: (_ offset: Int, _ limit: Int) throws -> [Row])
        throws
    {
        try json(offset: window.offset, limit: window.limit, fetch: fetch)
    }

    static func json<Row: Encodable>(
        offset: Int, limit: Int?, fetch: (_ offset: Int, _ limit: Int) throws -> [Row]
    ) throws {
        let encoder = Output.encoder
        let out = FileHandle.standardOutput
        var first = true
        try each(offset: offset, limit: limit, fetch: fetch) { row in
            let element = String(decoding: try Output.jsonData(row, encoder: encoder), as: UTF8.self)
            let indented = element.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }
                .joined(separator: "\n")
            out.write(Data(((first ? "[\n" : ",\n") + indented).utf8))
            first = false
        }
        out.write(Data((first ? "[\n\n]\n" : "\n]\n").utf8))
    }

    /// A list already in memory (a handful of rows: the accounts), cut to the window.
    static func window<Row>(_ rows: [Row], _ window: ListWindow) -> [Row] {
        let start = min(window.offset, rows.count)
        // Counted from what is left: start + limit overflowed at --limit 9223372036854775807 (a review).
        let end = window.limit.map { start + min(rows.count - start, $0) } ?? rows.count
        return Array(rows[start..<end])
    }
}
