import Foundation

/// Makes the relative links of a page absolute, so that the page works wherever it is saved: a
/// preview written to a temporary file still links to the site's plan and letters.
enum PreviewLinks {
    /// `html` with each relative `href` and `src` resolved against `base` + `page`.
    /// - Parameters:
    ///   - page: the site path the links were made relative to (`2026/letters/cl-26-06.html`).
    ///   - base: the site's root folder or address.
    static func absolute(_ html: String, page: String, base: URL) -> String {
        let pageURL = base.appendingPathComponent(page)
        var result = ""
        var rest = Substring(html)
        while let attribute = nextAttribute(in: rest) {
            result += rest[..<attribute.value.lowerBound]
            let value = String(rest[attribute.value])
            result += resolve(value, against: pageURL) ?? value
            rest = rest[attribute.value.upperBound...]
        }
        return result + rest
    }

    /// The range of the next `href="..."` or `src="..."` value.
    private static func nextAttribute(in text: Substring) -> (name: String, value: Range<Substring.Index>)? {
        let found = ["href=\"", "src=\""].compactMap { name in text.range(of: name).map { (name, $0) } }
            .min { $0.1.lowerBound < $1.1.lowerBound }
        guard let (name, opening) = found, let close = text[opening.upperBound...].firstIndex(of: "\"") else { return nil }
        return (name, opening.upperBound..<close)
    }

    /// An absolute address for a relative link; nil for links that are absolute or in-page already.
    private static func resolve(_ link: String, against page: URL) -> String? {
        guard !link.isEmpty, !link.hasPrefix("#"), !hasScheme(link) else { return nil }
        return URL(string: link, relativeTo: page)?.absoluteURL.absoluteString
    }

    private static func hasScheme(_ link: String) -> Bool {
        guard let colon = link.firstIndex(of: ":") else { return false }
        return !link[..<colon].contains("/")
    }
}
