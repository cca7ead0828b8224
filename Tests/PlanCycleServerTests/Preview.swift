import Foundation
import PlanCycleKit
@testable import PlanCycleServer

/// A running preview of a temporary copy of the shipped content and templates, on a free port.
final class Preview: @unchecked Sendable {
    static let projectRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    let root: URL
    let port: Int
    let http: RawHTTP
    private let task: Task<Void, any Error>

    var content: String { root.appendingPathComponent("content").path }
    var templates: String { root.appendingPathComponent("Templates").path }

    enum Failure: Error { case didNotStart, noChange, notInFile(String, String) }

    /// Copies the shipped folders, starts the server, and returns once it listens.
    /// - Parameter drafts: include draft letters and reports, as `plancycle serve` does.
    init(drafts: Bool = false) async throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("plancycle-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for folder in ["content", "Templates"] {
            try FileManager.default.copyItem(
                at: Self.projectRoot.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
        }
        var settings = PreviewServer.Settings(
            options: Options(content: root.appendingPathComponent("content").path,
                             templates: root.appendingPathComponent("Templates").path, asOf: Day(iso: "2026-03-01")),
            port: 0)
        settings.options.drafts = drafts
        settings.stopSignals = []
        settings.interval = .milliseconds(50)
        settings.pollTimeout = .seconds(5)
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        task = Task { [settings] in
            defer { continuation.finish() }
            try await PreviewServer.run(settings, listening: { continuation.yield($0) }, built: { _, _ in })
        }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { throw Failure.didNotStart }
        self.port = port
        http = RawHTTP(port: port)
    }

    /// The generation the preview is at now.
    func generation() throws -> Int {
        try Self.generation(of: http.get(PreviewPage.changesPath + "?after=-1"))
    }

    /// Waits until `path` answers with a body for which `accept` is true, following rebuilds;
    /// gives up after 30 s.
    func waitFor(_ path: String, _ accept: (RawHTTP.Answer) -> Bool) throws -> RawHTTP.Answer {
        let deadline = Date().addingTimeInterval(30)
        var known = try generation()
        while Date() < deadline {
            let answer = try http.get(path)
            if accept(answer) { return answer }
            known = try Self.generation(of: http.get(PreviewPage.changesPath + "?after=\(known)"))
        }
        throw Failure.noChange
    }

    static func generation(of answer: RawHTTP.Answer) -> Int {
        Int(answer.body.split(separator: ":").last?.filter(\.isNumber) ?? "") ?? -1
    }

    /// Replaces `old` by `new` in a file of the copy, as an editor saves it.
    func edit(_ path: String, _ old: String, _ new: String) throws {
        let url = root.appendingPathComponent(path)
        let text = try String(contentsOf: url, encoding: .utf8)
        guard text.contains(old) else { throw Failure.notInFile(old, path) }
        try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: url, options: .atomic)
    }

    func stop() async {
        task.cancel()
        _ = await task.result
        try? FileManager.default.removeItem(at: root)
    }
}
