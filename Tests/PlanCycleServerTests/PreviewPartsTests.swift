import Foundation
import PlanCycleKit
import Testing
@testable import PlanCycleServer

@Test func sitePathsInsideTheSiteResolve() {
    #expect(SitePath.resolve("/") == "index.html")
    #expect(SitePath.resolve("/2026/plan.html") == "2026/plan.html")
    #expect(SitePath.resolve("/2026/") == "2026/index.html")
    #expect(SitePath.resolve("/fr/2026/letters/cl-26-06.html") == "fr/2026/letters/cl-26-06.html")
    #expect(SitePath.resolve("/a%20b.html") == "a b.html")
}

@Test func sitePathsThatCouldLeaveTheSiteAreRefused() {
    for path in ["/..", "/../x", "/a/../b", "/%2e%2e/x", "/%2E%2e%2fx", "/./x", "//x", "/a//b", "/x%00", "/x%0a",
                 "/..%5cx", "/a\\b", "/%", "x", ""] {
        #expect(SitePath.resolve(path) == nil, "\(path)")
    }
}

@Test func contentTypesFollowTheExtension() {
    #expect(SitePath.contentType("2026/plan.html") == "text/html; charset=utf-8")
    #expect(SitePath.contentType("style.css") == "text/css; charset=utf-8")
    #expect(SitePath.contentType("2026/plan.json") == "application/json")
    #expect(SitePath.contentType("letters.atom") == "application/atom+xml")
    #expect(SitePath.contentType("2026/deadlines.ics") == "text/calendar; charset=utf-8")
    #expect(SitePath.contentType("chart.svg") == "image/svg+xml")
    #expect(SitePath.contentType("2026/plan.docx") == "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    #expect(SitePath.contentType("README") == "application/octet-stream")
}

@Test func theExcerptMarksTheColumnAndKeepsTabs() {
    let source = "title: x\r\n\tparticipation: atend\nlast"
    let excerpt = SourceExcerpt(SourceLocation(path: "x.md", line: 2, column: 17), in: source)
    #expect(excerpt?.line == "\tparticipation: atend")
    #expect(excerpt?.marker == "\t               ^")
    #expect(SourceExcerpt(SourceLocation(path: "x.md", line: 4, column: 1), in: source) == nil)
}

@Test func thePanelEscapesWhatItShows() {
    let diagnostic = Diagnostic(.error, at: SourceLocation(path: "/nowhere/<x>.md", line: 1, column: 1),
                                "`<script>` is not allowed", hint: "remove \"<script>\".")
    let panel = PreviewPage.panel([diagnostic], overSite: true)
    #expect(!panel.contains("<script>"))
    #expect(panel.contains("&lt;script&gt;"))
    #expect(panel.contains("/nowhere/&lt;x&gt;.md:1:1"))
    #expect(panel.contains("PlanCycle found 1 error. Below is the last version that built"))
    let warning = Diagnostic(.warning, at: SourceLocation(path: "x.md"), "w")
    #expect(PreviewPage.panel([diagnostic, warning, warning], overSite: false).contains("PlanCycle found 1 error and 2 warnings.<"))
}

@Test func aWaitingPollReturnsOnTheNextBuildAndAQuietOneAfterItsTimeout() async {
    let state = PreviewState()
    #expect(await state.change(after: -1, timeout: .seconds(5)) == 0)
    let waiting = Task { await state.change(after: 0, timeout: .seconds(30)) }
    try? await Task.sleep(for: .milliseconds(50))
    await state.publish(PlanCycle.preview(Options(content: "/nonexistent/content", templates: "/nonexistent/Templates")))
    #expect(await waiting.value == 1)
    #expect(await state.change(after: 1, timeout: .milliseconds(20)) == 1)
}
