import Foundation
import PlanCycleKit
import Testing
@testable import PlanCycleServer

/// `plancycle serve` as a browser sees it: a real server on a free port, real requests.
@Suite(.serialized) struct ServeTests {
    @Test func pagesAreServedWithTheirContentTypesAndTheReloadScript() async throws {
        let preview = try await Preview()
        defer { Task { await preview.stop() } }
        let index = try preview.http.get("/")
        #expect(index.status == 200)
        #expect(index.header("Content-Type") == "text/html; charset=utf-8")
        #expect(index.body.contains("</html>"))
        #expect(index.body.contains(PreviewPage.changesPath))
        let plan = try preview.http.get("/2026/plan.html")
        #expect(plan.status == 200)
        #expect(plan.body.contains("Internet Governance Forum (IGF) 2026"))
        #expect(plan.body.contains("<script>"))
        let french = try preview.http.get("/fr/2026/plan.html")
        #expect(french.status == 200)
        #expect(french.body.contains("lang=\"fr\""))
        let types = [
            "/style.css": "text/css; charset=utf-8", "/letters.atom": "application/atom+xml",
            "/2026/plan.json": "application/json", "/2026/deadlines.ics": "text/calendar; charset=utf-8",
        ]
        for (path, type) in types {
            let answer = try preview.http.get(path)
            #expect(answer.status == 200, "\(path)")
            #expect(answer.header("Content-Type") == type, "\(path)")
            #expect(!answer.body.contains("<script"), "\(path)")
        }
        let folder = try preview.http.get("/2026")
        #expect(folder.status == 301)
        #expect(folder.header("Location") == "/2026/")
        #expect(try preview.http.get("/2026/").body.contains("<h1"))
    }

    @Test func draftsAreServedAndMarkedWhenIncluded() async throws {
        let preview = try await Preview(drafts: true)
        defer { Task { await preview.stop() } }
        let draft = try preview.http.get("/2026/letters/draft-gdc-follow-up-questionnaire.html")
        #expect(draft.status == 200)
        #expect(draft.body.contains("DRAFT"))
        #expect(try preview.http.get("/2026/letters/index.html").body.contains("draft-gdc-follow-up-questionnaire.html"))
        let published = try await Preview()
        defer { Task { await published.stop() } }
        #expect(try published.http.get("/2026/letters/draft-gdc-follow-up-questionnaire.html").status == 404)
    }

    @Test func anEditedTitleIsServedAfterTheRebuild() async throws {
        let preview = try await Preview()
        defer { Task { await preview.stop() } }
        let before = try preview.generation()
        try preview.edit("content/2026/activities/igf-2026.md",
                         "title: Internet Governance Forum (IGF) 2026", "title: Internet Governance Forum, edited in the preview")
        let plan = try preview.waitFor("/2026/plan.html") { $0.body.contains("Internet Governance Forum, edited in the preview") }
        #expect(plan.status == 200)
        #expect(!plan.body.contains("id=\"plancycle-problems\""))
        #expect(try preview.generation() > before)
    }

    @Test func anErrorShowsThePanelOverTheLastGoodPageAndTheFixRemovesIt() async throws {
        let preview = try await Preview()
        defer { Task { await preview.stop() } }
        let file = "content/2026/activities/igf-2026.md"
        try preview.edit(file, "participation: [attend, contribute]", "participation: [atend, contribute]")
        let broken = try preview.waitFor("/2026/plan.html") { $0.body.contains("id=\"plancycle-problems\"") }
        // The last good page is still there, under the panel.
        #expect(broken.status == 200)
        #expect(broken.body.contains("Internet Governance Forum (IGF) 2026"))
        // The panel names the file, line and column, the message and hint, and shows the line with a marker.
        #expect(broken.body.contains(preview.content + "/2026/activities/igf-2026.md:27:17"))
        #expect(broken.body.contains("`atend` is not an allowed value"))
        #expect(broken.body.contains("did you mean `attend`?"))
        #expect(broken.body.contains("<pre>participation: [atend, contribute]\n                ^</pre>"))
        // Other pages show it too; the fix takes it away.
        #expect(try preview.http.get("/").body.contains("id=\"plancycle-problems\""))
        try preview.edit(file, "participation: [atend, contribute]", "participation: [attend, contribute]")
        let fixed = try preview.waitFor("/2026/plan.html") { !$0.body.contains("id=\"plancycle-problems\"") }
        #expect(fixed.status == 200)
        #expect(fixed.body.contains("Internet Governance Forum (IGF) 2026"))
    }

    @Test func pathsOutsideTheSiteAndBadRequestsAreRefused() async throws {
        let preview = try await Preview()
        defer { Task { await preview.stop() } }
        let outside = [
            "/../Package.swift", "/%2e%2e/%2e%2e/etc/passwd", "/%2E%2E%2FPackage.swift", "/2026/../../content/site.yaml",
            "//etc/passwd", "/index.html%00.css", "/./index.html", "/..%5c..%5cetc%5cpasswd", "/%zz",
            "/" + preview.root.path + "/content/site.yaml",
        ]
        for path in outside {
            let answer = try preview.http.get(path)
            #expect(answer.status == 404, "\(path) gave \(answer.status)")
            #expect(!answer.body.contains("organisation:"), "\(path)")
        }
        let malformed = try preview.http.send(Data("NOT HTTP AT ALL\r\n\r\n".utf8))
        #expect((400..<500).contains(malformed.status), "malformed request gave \(malformed.status)")
        let hugeHeader = "GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + String(repeating: "a", count: 200_000) + "\r\n\r\n"
        let oversized = try preview.http.send(Data(hugeHeader.utf8))
        #expect((400..<500).contains(oversized.status), "oversized request gave \(oversized.status)")
        let post = try preview.http.send(Data("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nConnection: close\r\n\r\nhi".utf8))
        #expect(post.status == 405)
        // Still serving after all that.
        #expect(try preview.http.get("/").status == 200)
    }

    @Test func thePublishedSiteHasNoReloadScript() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("plancycle-build-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let options = Options(content: Preview.projectRoot.appendingPathComponent("content").path,
                              templates: Preview.projectRoot.appendingPathComponent("Templates").path,
                              output: root.appendingPathComponent("site").path)
        let result = PlanCycle.build(options)
        #expect(!result.hasErrors)
        let pages = result.written.filter { $0.hasSuffix(".html") }
        #expect(pages.count > 50)
        for page in pages {
            let html = try String(contentsOfFile: options.output + "/" + page, encoding: .utf8)
            #expect(!html.contains("<script"), "\(page)")
            #expect(!html.contains(PreviewPage.changesPath), "\(page)")
        }
    }

    @Test func savesDeletesAndRenamesInARowNeverLeaveAHalfBuiltSite() async throws {
        let preview = try await Preview()
        defer { Task { await preview.stop() } }
        let folder = preview.root.appendingPathComponent("content/2026/activities")
        let original = folder.appendingPathComponent("hlpf-2026.md")
        let renamed = folder.appendingPathComponent("hlpf-2026-renamed.md")
        let text = try Data(contentsOf: original)
        for round in 0..<40 {
            switch round % 4 {
            case 0: try preview.edit("content/2026/activities/igf-2026.md", "Internet Governance Forum", "Internet Governance Forum")
            case 1: try FileManager.default.moveItem(at: original, to: renamed)
            case 2: try FileManager.default.moveItem(at: renamed, to: original)
            default: try FileManager.default.removeItem(at: original); try text.write(to: original)
            }
            try await Task.sleep(for: .milliseconds(round % 3 == 0 ? 5 : 60))
            let plan = try preview.http.get("/2026/plan.html")
            #expect(plan.status == 200)
            #expect(plan.body.hasSuffix("</html>\n"))
            #expect(plan.body.contains("Internet Governance Forum (IGF) 2026"))
        }
        // Once the files are back as they were, the site builds again, with no problems shown.
        let settled = try preview.waitFor("/2026/plan.html") { !$0.body.contains("id=\"plancycle-problems\"") }
        #expect(settled.body.contains("High-level political forum") || settled.body.contains("HLPF"))
    }

    @Test func aTakenPortIsReportedAsSuch() async throws {
        let preview = try await Preview()
        defer { Task { await preview.stop() } }
        var settings = PreviewServer.Settings(options: Options(content: preview.content, templates: preview.templates), port: preview.port)
        settings.stopSignals = []
        await #expect(throws: PreviewServer.StartFailure.self) {
            try await PreviewServer.run(settings, listening: { _ in }, built: { _, _ in })
        }
    }
}
