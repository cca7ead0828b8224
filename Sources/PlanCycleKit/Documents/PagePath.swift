/// Paths of pages inside the site folder, and relative links between them, so that the site
/// works from a web server under any sub-path and from files opened locally.
enum PagePath {
    static let index = "index.html"
    static let stylesheet = "style.css"

    static let feed = "letters.atom"
    static let manifest = "manifest.json"

    /// `""` for the original language, `fr/` for French: the folder of a language's pages.
    static func folder(of language: String) -> String { language == TemplateSet.originalLanguage ? "" : language + "/" }

    static func year(_ year: Int) -> String { "\(year)/index.html" }
    static func planData(_ year: Int) -> String { "\(year)/plan.json" }
    static func calendar(_ year: Int) -> String { "\(year)/deadlines.ics" }
    static func plan(_ year: Int) -> String { "\(year)/plan.html" }
    static func report(_ year: Int) -> String { "\(year)/report.html" }
    static func letters(_ year: Int) -> String { "\(year)/letters/index.html" }
    static func letter(_ letter: CircularLetter) -> String { "\(letter.date.year)/letters/\(letter.slug).html" }
    /// The Word file beside a document's page: `2026/plan.docx` for `2026/plan.html`.
    static func wordFile(of page: String) -> String {
        (page.hasSuffix(".html") ? String(page.dropLast(".html".count)) : page) + ".docx"
    }
    static func activityAnchor(_ activity: Activity) -> String { "activity-\(activity.id)" }
    static func activity(_ activity: Activity) -> String { plan(activity.year) + "#" + activityAnchor(activity) }

    /// The link from page `from` to `to`, both relative to the site folder.
    static func link(from: String, to: String) -> String {
        // Split on the bytes of `/`, not on characters: a page links to dozens of others, and
        // splitting strings by character was 3% of a large build. Paths are made of ids, which are
        // ASCII; any other (where a `/` could be part of a character) is split by character.
        guard from.utf8.allSatisfy({ $0 < 0x80 }), to.utf8.allSatisfy({ $0 < 0x80 }) else { return characterLink(from: from, to: to) }
        let slash = UInt8(ascii: "/")
        let fromFolders = from.utf8.split(separator: slash).dropLast()
        let depth = fromFolders.count
        let toParts = to.utf8.split(separator: slash, omittingEmptySubsequences: false)
        var common = 0
        while common < depth, common < toParts.count - 1,
              Substring(fromFolders[fromFolders.startIndex + common]) == Substring(toParts[common]) {
            common += 1
        }
        return String(repeating: "../", count: depth - common) + to[toParts[common].startIndex...]
    }

    private static func characterLink(from: String, to: String) -> String {
        let fromFolders = from.split(separator: "/").dropLast()
        let toParts = to.split(separator: "/", omittingEmptySubsequences: false)
        var common = 0
        while common < fromFolders.count, common < toParts.count - 1, fromFolders[fromFolders.startIndex + common] == toParts[common] {
            common += 1
        }
        return String(repeating: "../", count: fromFolders.count - common) + toParts[common...].joined(separator: "/")
    }
}
