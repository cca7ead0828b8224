/// One problem found in content or templates, printed like a compiler's:
/// `path:line:col: error: message Hint: ...`.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable, Comparable {
        case error
        case warning

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .error && rhs == .warning
        }
    }

    public var severity: Severity
    public var location: SourceLocation
    /// What is wrong, in plain words.
    public var message: String
    /// What to do about it, when there is something useful to say.
    public var hint: String?

    public init(_ severity: Severity, at location: SourceLocation, _ message: String, hint: String? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
    }

    public var description: String {
        var text = "\(location): \(severity.rawValue): \(message)"
        if let hint { text += " Hint: \(hint)" }
        return text
    }
}

/// Collects diagnostics over a whole run, so that one run shows every problem.
public final class Diagnostics {
    public private(set) var all: [Diagnostic] = []

    public init() {}

    public func error(_ location: SourceLocation, _ message: String, hint: String? = nil) {
        all.append(Diagnostic(.error, at: location, message, hint: hint))
    }

    public func warning(_ location: SourceLocation, _ message: String, hint: String? = nil) {
        all.append(Diagnostic(.warning, at: location, message, hint: hint))
    }

    public func append(contentsOf other: [Diagnostic]) {
        all.append(contentsOf: other)
    }

    public var hasErrors: Bool { all.contains { $0.severity == .error } }

    /// Diagnostics in file order, then line and column; duplicates removed.
    public var sorted: [Diagnostic] {
        var seen = Set<Diagnostic>()
        return all
            .filter { seen.insert($0).inserted }
            .sorted { ($0.location, $0.severity, $0.message) < ($1.location, $1.severity, $1.message) }
    }
}
