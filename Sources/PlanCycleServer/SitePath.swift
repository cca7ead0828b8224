import Foundation

/// Turns the path of a request into the path of a file of the in-memory site, and refuses
/// anything that could name a place outside it.
///
/// The preview only ever looks paths up in the rendered site, never on disk, so nothing outside
/// the site can be read whatever the path; refusing `..` and its encodings here makes that plain.
enum SitePath {
    /// The site path that `requestPath` (as sent, percent-encoded) names, with `index.html` for a
    /// folder; nil for a path that is not a plain relative one: `..` or `.` segments (also
    /// percent-encoded), NUL or other control characters, backslashes, empty segments, bad encoding.
    static func resolve(_ requestPath: String) -> String? {
        guard requestPath.hasPrefix("/"), let decoded = requestPath.removingPercentEncoding else { return nil }
        guard !decoded.unicodeScalars.contains(where: { $0.value < 0x20 || $0 == "\u{7F}" || $0 == "\\" }) else { return nil }
        var segments = decoded.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        let isFolder = segments.last == ""
        if isFolder { segments.removeLast() }
        guard !segments.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else { return nil }
        return (segments + (isFolder ? ["index.html"] : [])).joined(separator: "/")
    }

    /// The `Content-Type` of a site file, from its extension.
    static func contentType(_ path: String) -> String {
        switch path.split(separator: ".").last.map({ $0.lowercased() }) {
        case "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "json": "application/json"
        case "atom": "application/atom+xml"
        case "ics": "text/calendar; charset=utf-8"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "txt", "md": "text/plain; charset=utf-8"
        case "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        default: "application/octet-stream"
        }
    }
}
