import CasusCore
import CasusTUI
import Foundation

/// Runs $VISUAL/$EDITOR on a private temporary file: a letter is personal data, so the file is
/// readable by the account only and removed afterwards, whatever the editor did.
public enum ExternalEditor {
    /// $VISUAL, else $EDITOR; nil when neither is set (then casus uses its own editor).
    public static var configured: String? {
        let env = ProcessInfo.processInfo.environment
        for key in ["VISUAL", "EDITOR"] {
            if let v = env[key]?.trimmingCharacters(in: .whitespaces), !v.isEmpty { return v }
        }
        return nil
    }

    /// The edited text; or the editor's status (0 when it left no file), with what it left in the
    /// file when it changed it.
    public static func edit(_ text: String, editor: String) -> EditorOutcome {
        let folder = NSTemporaryDirectory() + "casus-\(getpid())-\(UUID().uuidString.prefix(8))"
        guard mkdir(folder, 0o700) == 0 else { return .noFile }
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/brief.txt"
        let fd = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return .noFile }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        guard written == bytes.count else { return .noFile }
        // The shell becomes the editor (`exec`), so the pid casus waits for is the editor's own, and
        // a signal that ends casus ends it (`EditorChild`). A command that starts with a variable
        // (`LANG=C vim`) runs as before: `exec` would take the variable for the program.
        let first = editor.split(separator: " ").first ?? ""
        let command = first.contains("=") ? "\(editor) \"$1\"" : "exec \(editor) \"$1\""
        PartialFiles.beforeRemoval = { _ = EditorChild.endFromHandler() }
        let status = ExternalProcess.run(shell: command, argument: path, ownGroup: true) {
            EditorChild.started($0, group: $1, folder: folder)
        }
        EditorChild.ended()
        // An editor set to Latin-1 writes "é" as one byte: read as what it is, not as U+FFFD.
        let left = FileManager.default.contents(atPath: path).map { TextBytes.decode(Array($0)).text }
        guard status == 0, let left else {
            return .failed(status: status, written: left == text ? nil : left)
        }
        return .edited(left)
    }
}
