import Foundation

/// Every file casus writes (an export, a temporary file) holds personal data or may: it is made
/// with `open(2)`, `O_CREAT | O_EXCL` and mode 0600, so it is private to the account from its
/// first byte (not written 0644 and changed after), it never replaces a file that is there, and
/// it never follows a link planted where it goes. It is written under a name of its own
/// (`….partial-…`) and gets its real name only when it is whole and on disk: a failed write, or
/// Ctrl-C in the middle of one (`PartialFiles`), leaves no file that looks done.
public enum PrivateFile {
    /// Creates `path` and lets `body` write it through `write`, then flushes it to disk.
    public static func create(_ path: String, writing body: (_ write: ([UInt8]) throws -> Void) throws -> Void)
        throws
    {
        try create(path) { (file: Handle) in try body(file.write) }
    }

    /// The file being made, as `create` hands it to its caller: its bytes written, flushed to
    /// disk, or thrown away to write again. A caller that records the file elsewhere (an export's
    /// audit line) does so only once its bytes are on disk: the log recorded exports a full disk
    /// then refused (a review).
    public struct Handle {
        let fd: Int32
        let path: String

        public func write(_ bytes: [UInt8]) throws {
            var offset = 0
            while offset < bytes.count {
                let n = bytes[offset...].withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
                if n < 0 {
                    if errno == EINTR { continue }
                    throw failure(path, errno)
                }
                offset += n
            }
        }

        public func sync() throws { guard fsync(fd) == 0 else { throw failure(path, errno) } }

        /// Empty again (a transaction that runs again writes its text again).
        public func restart() throws {
            guard ftruncate(fd, 0) == 0, lseek(fd, 0, SEEK_SET) == 0 else { throw failure(path, errno) }
        }
    }

    /// As `create`, handing `body` the file itself.
    public static func create(_ path: String, writing body: (Handle) throws -> Void) throws {
        var st = stat()
        if lstat(path, &st) == 0 { throw exists(path) }
        // A name the system cannot give is refused before anything is written or recorded (an
        // export's audit line was recorded, then the name refused, a review).
        if FilePath.name(of: path).utf8.count > 255 { throw failure(path, ENAMETOOLONG) }
        let partial = partialName(for: path)
        let fd = open(partial, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw failure(path, errno) }
        let taken = PartialFiles.writing([partial])
        defer { PartialFiles.written(taken) }
        var closed = false
        do {
            try body(Handle(fd: fd, path: path))
            guard fsync(fd) == 0 else { throw failure(path, errno) }
            closed = true
            guard close(fd) == 0 else { throw failure(path, errno) }
            try name(partial, as: path)
        } catch {
            if !closed { close(fd) }
            unlink(partial)
            throw error
        }
    }

    /// The name a file has while it is written: its own with `.partial-PID-N` after it, or, where
    /// that would pass the 255 bytes a name may have, a short hidden one in the same folder (a
    /// name of 243 bytes, legal, was refused as "File name too long", a review).
    static func partialName(for path: String) -> String {
        let suffix = ".partial-\(getpid())-\(String(UInt16.random(in: 0...UInt16.max), radix: 16))"
        guard FilePath.name(of: path).utf8.count + suffix.utf8.count > 255 else { return path + suffix }
        let folder = FilePath.folder(of: path)
        return (folder.isEmpty ? "" : folder == "/" ? "/" : folder + "/") + ".casus" + suffix
    }

    /// Gives a whole file its name, where there is none: `link(2)` fails when the name is taken
    /// (`rename(2)` would replace the file there), and the partial name goes. A file system
    /// without hard links (FAT on a USB stick) refuses the link; there the name is checked and
    /// the file renamed, the one moment another program could slip a file in between.
    public static func name(_ partial: String, as path: String) throws {
        var code: Int32? = link(partial, path) == 0 ? nil : errno
        if code == EPERM || code == EOPNOTSUPP || code == ENOSYS {
            var st = stat()
            code = lstat(path, &st) == 0 ? EEXIST : rename(partial, path) == 0 ? nil : errno
        }
        switch code {
        case nil:
            unlink(partial)
        case EEXIST?:
            throw exists(path)
        case let code?:
            throw failure(path, code)
        }
    }

    static func exists(_ path: String) -> CasusError {
        CasusError.refused(
            "\(path) bestaat al; er is niets overschreven", "\(path) already exists; nothing was overwritten",
            hint: Phrase("Kies een andere bestandsnaam.", "Choose another file name."))
    }

    /// Creates `path` holding `contents`.
    public static func create(_ path: String, contents: [UInt8]) throws {
        try create(path) { write in try write(contents) }
    }

    /// Creates `path` holding `text` as UTF-8.
    public static func write(_ text: String, to path: String) throws {
        try create(path, contents: Array(text.utf8))
    }

    /// Refuses a path that exists (a file, a directory or a link), or whose folder is missing or
    /// not writable, before anything is saved or made: a letter is filed only when its copies can
    /// be written. `create` checks again.
    public static func checkCanCreate(_ path: String) throws {
        guard !path.isEmpty, !path.hasSuffix("/") else {
            throw CasusError.invalid(
                "‘\(path)’ is geen bestandsnaam; er is niets opgeslagen",
                "‘\(path)’ is no file name; nothing was saved",
                hint: Phrase("Geef het pad van het bestand dat casus maakt.", "Give the path of the file casus makes."))
        }
        var st = stat()
        if lstat(path, &st) == 0 {
            throw CasusError.refused(
                "\(path) bestaat al; er is niets overschreven of opgeslagen",
                "\(path) already exists; nothing was overwritten or saved",
                hint: Phrase("Kies een andere bestandsnaam.", "Choose another file name."))
        }
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
        var dir = stat()
        var code: Int32? = stat(folder, &dir) != 0 ? errno : (dir.st_mode & S_IFMT) != S_IFDIR ? ENOTDIR : nil
        // The folder takes a new file: a probe made and removed at once (`access` would pass root
        // for /proc and /sys, where nothing can be made).
        if code == nil {
            let probe = folder + "/.casus-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
            let fd = open(probe, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            if fd < 0 {
                code = errno
            } else {
                close(fd)
                unlink(probe)
            }
        }
        if let code {
            throw CasusError(
                .storage,
                Phrase(
                    "kan \(path) niet schrijven: \(reason(code).nl); er is niets opgeslagen",
                    "cannot write \(path): \(reason(code).en); nothing was saved"),
                hint: Phrase(
                    "Kies een map die bestaat en waarin u mag schrijven.",
                    "Choose a folder that exists and that you may write in."))
        }
    }

    public static func failure(_ path: String, _ code: Int32) -> CasusError {
        let reason = reason(code)
        return CasusError(
            .storage,
            Phrase(
                "kan \(path) niet schrijven: \(reason.nl); het bestand is niet gemaakt",
                "cannot write \(path): \(reason.en); the file was not made"),
            hint: code == ENAMETOOLONG
                ? Phrase(
                    "Kies een kortere bestandsnaam (ten hoogste 255 bytes).",
                    "Choose a shorter file name (at most 255 bytes).")
                : Phrase(
                    "Controleer of de map bestaat, schrijfbaar is en ruimte heeft.",
                    "Check that the folder exists, is writable and has room."))
    }

    /// Why the system refused, in the user's language: the common reasons in words, any other as
    /// the system says it.
    static func reason(_ code: Int32) -> Phrase {
        switch code {
        case ENOENT: Phrase("de map bestaat niet", "the folder does not exist")
        case ENOTDIR: Phrase("een deel van het pad is geen map", "part of the path is not a folder")
        case EISDIR: Phrase("dat is een map, geen bestand", "that is a folder, not a file")
        case EACCES, EPERM: Phrase("u mag daar niet schrijven", "you may not write there")
        case EROFS: Phrase("de schijf is alleen-lezen", "the disk is read-only")
        case ENOSPC, EDQUOT: Phrase("de schijf is vol", "the disk is full")
        case ENAMETOOLONG: Phrase("de naam is te lang", "the name is too long")
        default:
            Phrase(String(cString: strerror(code)), String(cString: strerror(code)))
        }
    }
}

/// File paths as casus uses them. Foundation's `deletingLastPathComponent` crashed on Linux on a
/// path of one character ("x", "-", "~": `casus --db x init` stopped with an illegal instruction
/// and a backtrace, a review): the folder is found here by the last slash.
public enum FilePath {
    /// The folder a path is in: "" for a name alone ("x", "demo.sqlite"), "/" for a file at the root.
    /// The last part of a path, its own name ("brief.pdf" of "out/brief.pdf").
    public static func name(of path: String) -> String {
        let folder = folder(of: path)
        return folder.isEmpty ? path : String(path.dropFirst(folder == "/" ? 1 : folder.count + 1))
    }

    public static func folder(of path: String) -> String {
        var p = Substring(path)
        while p.count > 1, p.hasSuffix("/") { p = p.dropLast() }
        guard let slash = p.lastIndex(of: "/") else { return "" }
        let head = p[..<slash]
        return head.isEmpty ? "/" : String(head)
    }

    /// ".png" of "shot.png"; "" when there is none, or it is long.
    public static func fileExtension(of name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        let ext = String(name[dot...])
        return ext.utf8.count <= 10 ? ext : ""
    }

    /// `name` in `folder`, or the first of "name-2.ext" … "name-99.ext" that is free; nil when all
    /// are taken. What casus writes beside what is there (a letter's PDF made again, evidence
    /// written out twice) gets a name of its own: nothing is overwritten.
    public static func free(_ name: String, in folder: String) -> String? {
        let ext = fileExtension(of: name)
        let stem = String(name.dropLast(ext.count))
        for candidate in [name] + (2...99).map({ "\(stem)-\($0)\(ext)" }) {
            let path = folder.hasSuffix("/") ? folder + candidate : folder + "/" + candidate
            var st = stat()
            if lstat(path, &st) != 0 { return path }
        }
        return nil
    }
}
