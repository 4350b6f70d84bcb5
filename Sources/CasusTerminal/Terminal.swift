@preconcurrency import CNcurses
import CasusTUI
import Foundation

/// The real terminal, through ncursesw. The only place casus touches the terminal: it draws a
/// Canvas, reads keys, follows resizes, and puts the terminal back however casus ends.
public final class NcursesTerminal: TerminalPort {
    private var last: Canvas?
    private var pairs: [UInt16: Int16] = [:]
    private let colors: Bool
    private var screen: OpaquePointer?
    private var decoder = UTF8Decoder()
    private var queue: [TerminalEvent] = []

    /// Starts full-screen mode. Throws when there is no terminal to start on.
    public init() throws {
        setlocale(LC_ALL, "")
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw TerminalError.notATerminal
        }
        if getenv("ESCDELAY") == nil { setenv("ESCDELAY", "25", 1) }
        guard let screen = newterm(nil, stdout, stdin) else {
            throw TerminalError.cannotStart(getenv("TERM").map { String(cString: $0) } ?? "?")
        }
        self.screen = screen
        set_term(screen)
        TerminalGuard.install()
        raw()
        noecho()
        nonl()
        keypad(casus_stdscr(), true)
        meta(casus_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        Self.bracketedPaste(true)
        let noColor = (getenv("NO_COLOR").map { String(cString: $0) } ?? "").isEmpty == false
        if has_colors() && !noColor {
            start_color()
            use_default_colors()
            colors = true
        } else {
            colors = false
        }
    }

    deinit { stop() }

    /// Leaves full-screen mode: the shell gets its terminal back as it was.
    public func stop() {
        if screen != nil {
            Self.bracketedPaste(false)
            endwin()
            delscreen(screen)
            screen = nil
            TerminalGuard.uninstall()
        }
    }

    public var size: (width: Int, height: Int) {
        (Int(casus_getmaxx(casus_stdscr())), Int(casus_getmaxy(casus_stdscr())))
    }

    public func draw(_ canvas: Canvas) {
        let full = last.map { $0.width != canvas.width || $0.height != canvas.height } ?? true
        // A new size clears the real screen too: what the terminal reflowed on a resize is not what
        // ncurses believes it shows, and a dialog kept bits of its small layout (a review).
        if full {
            erase()
            if last != nil { clearok(casus_stdscr(), true) }
        }
        for y in 0..<canvas.height {
            for x in 0..<canvas.width {
                let cell = canvas[x, y]
                if cell.width == 0 { continue }
                if !full, let last, last[x, y] == cell { continue }
                put(cell, x: x, y: y)
            }
        }
        last = canvas
        refresh()
    }

    /// One cell: its character (a letter and its marks) as a wide string on the stack, not an
    /// array per cell (a full screen is thousands of cells); a cluster ncurses cannot hold in one
    /// cell as `CellGlyph` draws it.
    private func put(_ cell: Cell, x: Int, y: Int) {
        let (attrs, pair) = attributes(cell.style)
        let simple = cell.width == 1 && cell.text.utf8.count == 1
        let pieces =
            simple
            ? [CellGlyph.Piece(text: cell.text, column: 0)]
            : CellGlyph.pieces(cell.text, width: Int(cell.width)) { Int(casus_wcwidth(wchar_t(bitPattern: $0.value))) }
        for piece in pieces {
            withUnsafeTemporaryAllocation(of: wchar_t.self, capacity: 6) { wcs in
                var n = 0
                for u in piece.text.unicodeScalars.prefix(5) {
                    wcs[n] = wchar_t(bitPattern: u.value)
                    n += 1
                }
                if n == 0 {
                    wcs[0] = 32
                    n = 1
                }
                wcs[n] = 0
                _ = casus_put_cell(Int32(y), Int32(x + piece.column), wcs.baseAddress!, attrs, pair)
            }
        }
    }

    private func attributes(_ style: Style) -> (attr_t, Int16) {
        var a = casus_A_NORMAL()
        if style.bold { a |= casus_A_BOLD() }
        if style.reverse { a |= casus_A_REVERSE() }
        if style.underline { a |= casus_A_UNDERLINE() }
        if style.dim { a |= casus_A_DIM() }
        guard colors else {
            // Monochrome: a coloured background (the header) becomes reverse video.
            if style.bg != .default { a |= casus_A_REVERSE() }
            return (a, 0)
        }
        guard style.fg != .default || style.bg != .default else { return (a, 0) }
        let key = UInt16(style.fg.rawValue) << 8 | UInt16(style.bg.rawValue)
        if let p = pairs[key] { return (a, p) }
        let next = Int16(pairs.count + 1)
        guard Int32(next) < COLOR_PAIRS else { return (a, 0) }
        init_pair(next, curses(style.fg), curses(style.bg))
        pairs[key] = next
        return (a, next)
    }

    private func curses(_ c: Color) -> Int16 {
        switch c {
        case .default: -1
        case .black: Int16(COLOR_BLACK)
        case .red: Int16(COLOR_RED)
        case .green: Int16(COLOR_GREEN)
        case .yellow: Int16(COLOR_YELLOW)
        case .blue: Int16(COLOR_BLUE)
        case .magenta: Int16(COLOR_MAGENTA)
        case .cyan: Int16(COLOR_CYAN)
        case .white: Int16(COLOR_WHITE)
        }
    }

    public func nextEvent(timeout: Int) -> TerminalEvent {
        if !queue.isEmpty { return queue.removeFirst() }
        var failures = 0
        while true {
            // Wait a tick for a key, but only briefly for the rest of a multi-byte character.
            let wait = decoder.isPending ? 50 : max(1, timeout)
            let start = DispatchTime.now().uptimeNanoseconds
            errno = 0
            wtimeout(casus_stdscr(), Int32(wait))
            let c = wgetch(casus_stdscr())
            if c == ERR {
                if decoder.flush() != nil { return .noise }
                // Interrupted by a signal: look again.
                if errno == EINTR { continue }
                // The whole wait passed: a tick. Back at once: stdin is gone (EOF); quit, never spin.
                let waited = Int((DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
                if waited >= wait - 5 { return .tick }
                failures += 1
                if failures > 3 { return .hangup }
                continue
            }
            if c > 0xFF {
                let key = functionKey(c)
                if decoder.flush() != nil {
                    queue.append(key)
                    return .noise
                }
                return key
            }
            let events = decoder.feed(UInt8(truncatingIfNeeded: c)).map { output -> TerminalEvent in
                switch output {
                case let .scalar(s): character(s.value)
                case .invalid: .noise
                }
            }
            guard let first = events.first else { continue }
            queue.append(contentsOf: events.dropFirst())
            return first
        }
    }

    private func functionKey(_ code: Int32) -> TerminalEvent {
        switch code {
        case KEY_RESIZE:
            last = nil
            let (w, h) = size
            return .resize(width: w, height: h)
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_ENTER: return .key(.enter)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_BTAB: return .key(.backTab)
        case KEY_MOUSE: return .noise
        default:
            for n in 1...12 where code == casus_KEY_F(Int32(n)) { return .key(.function(n)) }
            return .key(.unknown)
        }
    }

    /// Asks the terminal to mark pasted text (`ESC [ 200 ~` … `ESC [ 201 ~`), so that a line end in
    /// it is text, not Enter; off again whenever the shell or an editor gets the terminal.
    static func bracketedPaste(_ on: Bool) {
        (on ? TerminalGuard.pasteOn : TerminalGuard.pasteOff).withUnsafeBytes {
            _ = write(STDOUT_FILENO, $0.baseAddress, $0.count)
        }
    }

    /// A byte as it comes, waiting at most `ms` milliseconds; nil when none came (or a key ncurses
    /// decoded came instead: kept for the next event).
    private func rawByte(waitMS ms: Int32) -> UInt8? {
        wtimeout(casus_stdscr(), ms)
        let c = wgetch(casus_stdscr())
        if c == ERR { return nil }
        if c > 0xFF {
            queue.append(functionKey(c))
            return nil
        }
        return UInt8(truncatingIfNeeded: c)
    }

    /// After an ESC: the rest of a sequence ncurses left undecoded, which arrives with it (Esc
    /// pressed alone has nothing after it), read whole and given its meaning (EscapeSequence).
    private func afterEscape() -> TerminalEvent {
        // Esc then another key (typed fast, or the terminal's Alt): Esc, and the key after it.
        guard let first = rawByte(waitMS: 10) else { return .key(.escape) }
        guard EscapeSequence.introducers.contains(first) else {
            ungetch(Int32(first))
            return .key(.escape)
        }
        var bytes = [first]
        while !EscapeSequence.isComplete(bytes), let b = rawByte(waitMS: 50) {
            bytes.append(b)
        }
        switch EscapeSequence.meaning(bytes) {
        case .escape: return .key(.escape)
        case let .key(key): return .key(key)
        case .none: return .noise
        case .pasteStart:
            let (text, cut) = readPaste()
            return .paste(text, cut: cut)
        }
    }

    /// A bracketed paste's text, read to its end mark (PasteReader), or until nothing came for
    /// five seconds (a terminal that never ends it).
    private func readPaste() -> (text: String, cut: Bool) {
        var reader = PasteReader()
        while let b = rawByte(waitMS: 5000), !reader.feed(b) {}
        return reader.finish()
    }

    private func character(_ v: UInt32) -> TerminalEvent {
        if v == 27 { return afterEscape() }
        switch KeyInput.event(forScalar: v) {
        case let .event(event): return event
        case .suspend:
            suspend()
            let (w, h) = size
            return .resize(width: w, height: h)
        }
    }

    /// Ctrl-Z: give the shell its terminal, stop, and take it back on `fg`.
    public func suspend() {
        def_prog_mode()
        Self.bracketedPaste(false)
        endwin()
        TerminalGuard.withDefaultStop { _ = kill(getpid(), SIGTSTP) }
        reset_prog_mode()
        Self.bracketedPaste(true)
        last = nil
        refresh()
    }

    public func discardTypeahead() {
        flushinp()
        queue.removeAll {
            switch $0 {
            case .key, .paste: true
            default: false
            }
        }
        _ = decoder.flush()
    }

    public func repaint() {
        last = nil
        clearok(casus_stdscr(), true)
    }

    /// Hands the terminal to `$VISUAL`/`$EDITOR` with a text and takes it back (tig's model:
    /// leave curses mode, run the editor, restore and redraw everything).
    public func edit(_ text: String, editor: String) -> EditorOutcome {
        def_prog_mode()
        Self.bracketedPaste(false)
        endwin()
        let result = ExternalEditor.edit(text, editor: editor)
        reset_prog_mode()
        Self.bracketedPaste(true)
        last = nil
        clearok(casus_stdscr(), true)
        refresh()
        return result
    }
}

public enum TerminalError: Error, CustomStringConvertible {
    case notATerminal
    case cannotStart(String)

    public var description: String {
        switch self {
        case .notATerminal:
            "casus: het scherm heeft een terminal nodig (stdin en stdout); gebruik de subcommando's of --no-tui. / casus needs a terminal; use the subcommands or --no-tui."
        case let .cannotStart(term):
            "casus: kan de terminal '\(term)' niet starten; controleer TERM. / cannot start terminal '\(term)'; check TERM."
        }
    }
}
