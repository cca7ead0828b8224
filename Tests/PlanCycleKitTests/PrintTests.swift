import Foundation
import Testing
@testable import PlanCycleKit

/// What the print stylesheet is given: the plan's and the report's symbol for the running header,
/// as a CSS string that content cannot break out of.
@Suite struct PrintTests {
    @Test func symbolIsWrittenAsAnEscapedCSSString() {
        #expect(Page.cssString("CWG-WSIS-44/3-E Rev. 1") == #""CWG-WSIS-44/3-E Rev. 1""#)
        #expect(Page.cssString(#"A"</style><b>\"#) == #""A\22 \3C /style\3E \3C b\3E \5C ""#)
    }

    @Test func planPageCarriesItsSymbolForPrintAndLettersDoNot() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace("content/site.yaml", "symbol_prefix: CWG-WSIS", with: "symbol_prefix: \"CWG</style>\"")
        #expect(!PlanCycle.build(fixture.options).hasErrors)
        let plan = try fixture.read("site/2026/plan.html")
        #expect(plan.contains(#"<style media="print">@page { @top-right { content: "CWG\3C /style\3E -44/3-E";"#))
        #expect(plan.components(separatedBy: "</style>").count == 2)
        let letter = try fixture.read("site/2026/letters/cl-26-06.html")
        #expect(!letter.contains("@top-right"))
    }
}
