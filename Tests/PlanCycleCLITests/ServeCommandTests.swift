import Foundation
import Testing
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `plancycle serve`: the preview answers on its port, and Ctrl-C stops it cleanly.
@Suite struct ServeCommandTests {
    enum Failure: Error { case ended(stdout: String, stderr: String), notServing(String) }

    /// The longest the server may take to answer its first request.
    static let startTimeout: TimeInterval = 30

    /// GETs `path` from the server on `port`; nil when nothing answers.
    ///
    /// It blocks (the answer comes on URLSession's own queue) rather than awaits, so that the
    /// test threads other tests keep busy cannot hold it past its deadline.
    static func get(_ path: String, port: Int) -> (status: Int, body: String)? {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!)
        request.timeoutInterval = 5
        let answer = Answer()
        URLSession.shared.dataTask(with: request) { data, response, _ in
            if let status = (response as? HTTPURLResponse)?.statusCode {
                answer.value = (status, String(decoding: data ?? Data(), as: UTF8.self))
            }
            answer.received.signal()
        }.resume()
        guard answer.received.wait(timeout: .now() + 10) == .success else { return nil }
        return answer.value
    }

    /// The answer to one request, handed from URLSession's queue to the waiting test.
    final class Answer: @unchecked Sendable {
        var value: (status: Int, body: String)?
        let received = DispatchSemaphore(value: 0)
    }

    /// Polls `/` until it answers 200, at most `startTimeout`; throws if the program ends or never answers.
    static func waitUntilServing(_ serve: RunningCommand, port: Int) throws {
        let deadline = Date().addingTimeInterval(startTimeout)
        while Date() < deadline {
            if !serve.process.isRunning { throw Failure.ended(stdout: serve.stdout, stderr: serve.stderr) }
            if get("/", port: port)?.status == 200 { return }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw Failure.notServing("no answer on port \(port) within \(Int(startTimeout)) s; stdout:\n\(serve.stdout)\nstderr:\n\(serve.stderr)")
    }

    @Test func thePreviewIsServedWithDraftsAndStopsOnCtrlC() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let before = try workspace.files(under: "content")
        let port = try LocalPort.free()
        let serve = try RunningCommand(["serve", "--port", "\(port)"] + CheckCommandTests.asOf, in: workspace.root)
        try Self.waitUntilServing(serve, port: port)
        let plan = Self.get("/2026/plan.html", port: port)
        #expect(plan?.status == 200)
        #expect(plan?.body.contains("Internet Governance Forum (IGF) 2026") == true)
        #expect(Self.get("/2026/letters/draft-gdc-follow-up-questionnaire.html", port: port)?.status == 200, "drafts are included")
        #expect(Self.get("/no-such-page.html", port: port)?.status == 404)
        serve.process.interrupt()
        let run = try await serve.wait()
        #expect(run.exitCode == 0, "stderr:\n\(run.stderr)")
        #expect(run.stdout.replacing(#/\[\d\d:\d\d:\d\d\] Built in \d+ ms/#, with: "[time] Built in N ms") == """
            [time] Built in N ms.
            Serving the preview at http://127.0.0.1:\(port)/ (drafts included). Press Ctrl-C to stop.
            Stopped.

            """)
        #expect(run.stderr.isEmpty)
        #expect(try workspace.entries() == ["Templates", "content"], "serve writes nothing to disk")
        #expect(try workspace.files(under: "content") == before)
    }

    @Test func aPortInUseIsAnErrorThatSuggestsAnother() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let taken = try LocalPort()
        defer { taken.close() }
        try await assertExecute(["serve", "--port", "\(taken.number)"] + CheckCommandTests.asOf, in: workspace.root, exitCode: 1, stderr: .containing(
            "error: 127.0.0.1:\(taken.number) is already in use, perhaps by another `plancycle serve`. "
                + "Hint: choose another port, for example `--port \(taken.number + 1)`.\n"))
    }

    @Test func aPortOutOfRangeIsAUsageError() async throws {
        let workspace = try Workspace(copying: [])
        defer { workspace.remove() }
        try await assertExecute(["serve", "--port", "70000"], in: workspace.root, exitCode: 64, stdout: .empty,
                                stderr: .containing("Error: --port must be between 1 and 65535 (0: any free port), not 70000."))
    }
}
