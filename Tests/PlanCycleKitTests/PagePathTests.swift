import Testing
@testable import PlanCycleKit

@Suite struct PagePathTests {
    /// The links as PlanCycle wrote them before `link` split paths on bytes (by characters, with
    /// `split`): the same for every pair of paths, odd ones included.
    static func characterLink(from: String, to: String) -> String {
        let fromParts = from.split(separator: "/").dropLast()
        let depth = fromParts.count
        var toParts = to.split(separator: "/", omittingEmptySubsequences: false)[...]
        var common = 0
        while common < depth, common < toParts.count - 1, fromParts[fromParts.startIndex + common] == toParts[toParts.startIndex + common] {
            common += 1
        }
        toParts = toParts.dropFirst(common)
        return String(repeating: "../", count: depth - common) + toParts.joined(separator: "/")
    }

    @Test func linksAreThoseOfTheCharacterSplit() {
        let paths = [
            "", "/", "index.html", "2026/plan.html", "2026/plan.html#wsis-forum", "2026/letters/cl-26-01.html",
            "fr/2026/letters/cl-26-01.html", "fr/index.html", "2026/", "2026//plan.html", "/2026/plan.html",
            "2027/plan.html", "zh/2026/report.html", "2026/letters/", "a/b/c/d.html", "é/x.html", "e\u{301}/y.html", "2026/\u{301}x.html", "2026\u{600}/y.html",
            "2026/letters/index.html", "style.css", "fr/2026/plan.json", "2026", "2026/letters", "fr", "fr/2026",
        ]
        for from in paths {
            for to in paths {
                #expect(PagePath.link(from: from, to: to) == Self.characterLink(from: from, to: to), "from \(from) to \(to)")
            }
        }
        #expect(PagePath.link(from: "fr/2026/letters/cl-26-01.html", to: "fr/2026/plan.html#forum") == "../plan.html#forum")
        #expect(PagePath.link(from: "2026/plan.html", to: "style.css") == "../style.css")
    }
}
