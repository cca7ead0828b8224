import Testing
@testable import PlanCycleKit

@Suite struct DocumentRefTests {
    /// References as PlanCycle read them before the byte search: split once at `/`.
    static func splitRef(_ reference: String, defaultYear: Int) -> DocumentRef {
        let parts = reference.split(separator: "/", maxSplits: 1)
        if parts.count == 2, let year = Int(parts[0]) { return DocumentRef(year: year, id: String(parts[1])) }
        return DocumentRef(year: defaultYear, id: reference)
    }

    @Test func referencesReadAsBySplitting() {
        let references = [
            "wsis-forum", "2026/wsis-forum", "2025/a/b", "2026//x", "/x", "/2026/x", "2026/", "2026", "", "/", "//",
            "x/y", "+2026/z", "02026/z", "2026/é", "-1/x", "99999999999999999999/x", "é/x", "2026/\u{301}x", "\u{600}/x", "2026\u{600}/x",
        ]
        for reference in references {
            #expect(DocumentRef(reference, defaultYear: 2024) == Self.splitRef(reference, defaultYear: 2024), "\(reference)")
        }
        #expect(DocumentRef("2025/forum", defaultYear: 2026) == DocumentRef(year: 2025, id: "forum"))
        #expect(DocumentRef("forum", defaultYear: 2026) == DocumentRef(year: 2026, id: "forum"))
    }
}
