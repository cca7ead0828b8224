import Foundation

/// The line a diagnostic points at, with a marker under its column, as a compiler shows it:
///
/// ```
/// participation: atend
///                ^
/// ```
public struct SourceExcerpt: Sendable, Equatable {
    /// The whole line, without its line break.
    public var line: String
    /// Blanks up to the column (tabs kept, so that the marker lines up), then `^`.
    public var marker: String

    /// The excerpt of `source` at `location`; nil when the file has no such line.
    public init?(_ location: SourceLocation, in source: String) {
        let lines = source.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        guard location.line >= 1, location.line <= lines.count else { return nil }
        let line = lines[location.line - 1]
        self.line = String(line)
        let before = line.unicodeScalars.prefix(max(0, location.column - 1))
        self.marker = String(String.UnicodeScalarView(before.map { $0 == "\t" ? "\t" : " " })) + "^"
    }

    /// Reads the file that `location` names; nil when it cannot be read or has no such line.
    public static func read(_ location: SourceLocation) -> SourceExcerpt? {
        guard let data = FileManager.default.contents(atPath: location.path) else { return nil }
        return SourceExcerpt(location, in: String(decoding: data, as: UTF8.self))
    }
}
