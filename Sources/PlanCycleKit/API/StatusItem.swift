/// One thing due in the cycle, as `plancycle status` prints it: when, what, and the file to open
/// (or to create).
public struct StatusItem: Sendable, Equatable {
    /// The day it is due or happened; nil for what has no date (translations).
    public var date: Day?
    /// What to do, in a sentence.
    public var text: String
    /// The file to open, or to create.
    public var path: String

    /// `2026-03-02  reply deadline of CL-26/6 in 5 days: ...  (content/2026/letters/forum-call.md)`.
    public var line: String {
        (date?.iso ?? "          ") + "  " + text + "  (" + path + ")"
    }
}
