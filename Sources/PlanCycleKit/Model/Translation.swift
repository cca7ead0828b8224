import Crypto
import Foundation

/// A translation of one content file into another official language: its free-text fields,
/// flattened to paths such as `impact.reasons` or `resources.itu.0.roles`, and its Markdown body.
public struct Translation: Sendable {
    /// The six official languages of ITU.
    public static let languages = ["ar", "en", "es", "fr", "ru", "zh"]

    public enum Kind: String, Sendable {
        case site, year, activity, letter, report
    }

    public var kind: Kind
    public var language: String
    public var path: String
    /// The original file this translates.
    public var originalPath: String
    /// The document translated (`2026/wsis-forum-2026`; the year alone for a year or report); nil for site.yaml.
    public var target: DocumentRef?
    public var sourceHash: String?
    /// The fingerprint of each field of the original when the translation was made (`source_fields`),
    /// so that a stale translation can say which fields changed; empty in older translations.
    public var sourceFields: [String: String] = [:]
    public var sourceHashLocation: SourceLocation
    public var texts: [String: String]
    public var lists: [String: [String]]
    public var body: String?
    /// Where each text path is written, for diagnostics.
    public var locations: [String: SourceLocation]
    /// Set when content is localized: the translation was made from an earlier version of its original.
    var isStale = false

    /// The fingerprint of an original's translatable text: changes when a sentence changes, not a date.
    static func fingerprint(texts: [String: String], lists: [String: [String]], body: String?) -> String {
        var lines = texts.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        lines += lists.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.joined(separator: "\u{1F}"))" }
        lines.append("body=" + (body ?? "").trimmed)
        let digest = SHA256.hash(data: Data(lines.joined(separator: "\u{1E}").utf8))
        return digest.prefix(8).map { byte in (byte < 16 ? "0" : "") + String(byte, radix: 16) }.joined()
    }
}

/// The translatable text of an original document, in the same flattened form as a translation.
struct TranslatableText {
    var texts: [String: String] = [:]
    var lists: [String: [String]] = [:]
    var body: String?

    var fingerprint: String { Translation.fingerprint(texts: texts, lists: lists, body: body) }

    /// A short fingerprint of each field (`title`, `resources.itu.0.roles`, `body`).
    var fieldFingerprints: [String: String] {
        var fields = texts.mapValues { Self.short($0) }
        for (path, values) in lists { fields[path] = Self.short(values.joined(separator: "\u{1F}")) }
        fields["body"] = Self.short((body ?? "").trimmed)
        return fields
    }

    /// The fields whose text differs from `recorded` (fields added or removed included), sorted.
    func changedFields(since recorded: [String: String]) -> [String] {
        let now = fieldFingerprints
        return Set(now.keys).union(recorded.keys).filter { now[$0] != recorded[$0] }.sorted()
    }

    /// `source_fields: [path=hash, ...]`, the line that records `fieldFingerprints`.
    var sourceFieldsLine: String {
        "source_fields: [" + fieldFingerprints.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", ") + "]"
    }

    private static func short(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).prefix(3).map { byte in (byte < 16 ? "0" : "") + String(byte, radix: 16) }.joined()
    }
}
