import Foundation

/// A path typed into a field of the full screen, which has no shell to read it: `~` and `~/` at
/// the start are the home folder, as a shell reads them (a teacher's "~/screenshot.png" and a
/// director's "~/inzage.html" did not exist, two reviews). Nothing else is changed.
public enum TypedPath {
    public static func expanded(_ typed: String) -> String {
        typed == "~" || typed.hasPrefix("~/") ? NSString(string: typed).expandingTildeInPath : typed
    }
}
