import Testing
@testable import PlanCycleKit

/// A `[ ]` list item broken at a comma is a warning.
@Suite struct FlowListTests {
    @Test func itemBrokenAtACommaIsAWarning() throws {
        let diagnostics = Diagnostics()
        let node = YAMLSource.compose("references: [PP Resolution 140 (Rev. Bucharest, 2022), UNGA 70/125]\n", path: "x.yaml", lineOffset: 0, diagnostics: diagnostics)
        let fields = try #require(Fields(node, origin: YAMLOrigin(path: "x.yaml", lineOffset: 0), diagnostics: diagnostics, name: "x", keys: ["references"]))
        #expect(fields.strings("references").count == 3)
        #expect(diagnostics.all.map(\.description) == [
            "x.yaml:1:14: warning: this item of `references` looks like a sentence broken at a comma: `PP Resolution 140 (Rev. Bucharest` and `2022)` are two items. "
                + "Hint: in a `[ ]` list a comma separates items: put the item in double quotes, or write the list as lines starting with `- `.",
        ])
    }

    @Test func blockListItemsAreNotSentencesBrokenAtACommaAndTheREADMEExampleIsOneItem() throws {
        let diagnostics = Diagnostics()
        let node = YAMLSource.compose("references:\n  - PP Resolution 140 (Rev. Bucharest, 2022)\n  - a (b\n  - c)\n", path: "x.yaml", lineOffset: 0, diagnostics: diagnostics)
        let fields = try #require(Fields(node, origin: YAMLOrigin(path: "x.yaml", lineOffset: 0), diagnostics: diagnostics, name: "x", keys: ["references"]))
        #expect(fields.strings("references") == ["PP Resolution 140 (Rev. Bucharest, 2022)", "a (b", "c)"])
        #expect(diagnostics.all.isEmpty)
    }
}
