import Foundation
import Testing
@testable import PlanCycleKit

/// A small, valid content folder in a temporary directory, with the shipped templates,
/// that a test changes one file of to provoke exactly one problem.
struct Fixture {
    let root: URL

    static let projectRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    var content: String { root.appendingPathComponent("content").path }
    var templates: String { root.appendingPathComponent("Templates").path }
    var output: String { root.appendingPathComponent("site").path }
    var options: Options { Options(content: content, templates: templates, output: output) }

    init(files: [String: String] = Fixture.files) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("plancycle-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Fixture.projectRoot.appendingPathComponent("Templates"), to: root.appendingPathComponent("Templates"))
        for (path, text) in files { try write(path, text) }
    }

    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// Replaces `old` by `new` in one file; fails the test setup if `old` is not there.
    func replace(_ path: String, _ old: String, with new: String) throws {
        let text = try read(path)
        guard text.contains(old) else { throw FixtureError.notFound(old, path) }
        try write(path, text.replacingOccurrences(of: old, with: new))
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    /// The path as diagnostics print it.
    func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    func check() -> [Diagnostic] { PlanCycle.check(options).diagnostics }

    enum FixtureError: Error { case notFound(String, String) }

    static let files: [String: String] = [
        "content/site.yaml": """
            organisation:
              name: International Telecommunication Union
              short_name: ITU
            secretariat:
              unit: General Secretariat (SG)
              place: Geneva
            working_group:
              name: Council Working Group on WSIS & SDGs
              short_name: CWG-WSIS&SDG
              symbol_prefix: CWG-WSIS
            processes:
              - id: wsis
                name: World Summit on the Information Society (WSIS)
              - id: sdgs
                name: 2030 Agenda for Sustainable Development (SDGs)
            contact:
              name: Ms Test Person
              title: Coordinator
              telephone: +41 22 730 0000
              email: test@itu.int
            signatory:
              name: Doreen Bogdan-Martin
              title: Secretary-General

            """,
        "content/2026/year.md": """
            ---
            meeting:
              number: 44
              start: 2026-01-14
              end: 2026-01-15
              place: Geneva
            plan:
              number: 3
              date: 2025-12-12
              title: Plan for 2026
              summary: The plan.
              action_required: Take note.
              references: [PP Resolution 140]
            ---
            The introduction.

            """,
        "content/2026/activities/wsis-forum.md": """
            ---
            title: WSIS Forum 2026
            processes: [wsis, sdgs]
            high_level: true
            start: 2026-07-06
            end: 2026-07-10
            place: Geneva
            format: hybrid
            impact:
              rating: high
              reasons: It matters.
            resources:
              itu:
                - unit: General Secretariat (SG)
                  roles: Organisation
                  staff_days: 100
            participation: [host, contribute]
            member_state_support: Contributions.
            urgent: true
            ---
            The forum.

            """,
        "content/2026/letters/forum-call.md": """
            ---
            activity: wsis-forum
            status: sent
            number: 6
            date: 2026-01-20
            subject: Open consultation for the WSIS Forum 2026
            deadline: 2026-03-02
            consultation:
              form: online
              link: https://www.itu.int/forum
            ---
            Member States are invited to contribute.

            """,
    ]
}

extension Fixture {
    /// A diagnostic a test expects: file relative to the fixture, position, severity, and words
    /// that the message or hint contains.
    struct Expected {
        var file: String
        var line: Int
        var column: Int
        var severity: Diagnostic.Severity = .error
        var message: String
    }

    /// Applies `change` to a fresh fixture, checks, and compares every diagnostic with `expected`.
    static func expectDiagnostics(
        _ expected: [Expected], asOf: String? = nil, strict: Bool = false, after change: (Fixture) throws -> Void,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try change(fixture)
        var options = fixture.options
        options.asOf = asOf.flatMap(Day.init(iso:))
        options.strict = strict
        let found = PlanCycle.check(options).diagnostics
        #expect(found.count == expected.count, "got: \(found.map(\.description))", sourceLocation: sourceLocation)
        for want in expected {
            let match = found.first {
                $0.location == PlanCycleKit.SourceLocation(path: fixture.path(want.file), line: want.line, column: want.column)
                    && $0.severity == want.severity && ($0.message + " " + ($0.hint ?? "")).contains(want.message)
            }
            #expect(match != nil, "wanted \(want.file):\(want.line):\(want.column) \(want.message); got: \(found.map(\.description))",
                    sourceLocation: sourceLocation)
        }
    }
}
