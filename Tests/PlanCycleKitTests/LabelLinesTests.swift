import Foundation
import Testing
@testable import PlanCycleKit

/// `Labels.lines(of:)`, which places a diagnostic inside folded wording, against Foundation's
/// `components(separatedBy: "\n")`, which it replaced.
struct LabelLinesTests {
    @Test func cutsAsFoundationDidWhereThereIsNoWindowsLineBreak() throws {
        var texts = ["", "\n", "a", "a\n", "\na", "a\n\n\nb", "é\u{301}\nمرحبا\n中文\r", "\r\r", "x\u{2028}y\nz", "\n\r"]
        let labels = Fixture.projectRoot.appendingPathComponent("Templates/labels")
        for name in try FileManager.default.contentsOfDirectory(atPath: labels.path).sorted() {
            texts.append(try String(contentsOf: labels.appendingPathComponent(name), encoding: .utf8))
        }
        #expect(texts.count > 10)
        for text in texts {
            let bytes = Array(text.utf8)
            #expect(!zip(bytes, bytes.dropFirst()).contains { $0 == 13 && $1 == 10 }, "the shipped label files use \\n alone")
            #expect(Labels.lines(of: text) == text.components(separatedBy: "\n"), "\(text.prefix(40).debugDescription)")
        }
    }

    /// Foundation kept `\r\n` whole (one character), which made a Windows file one line; the
    /// lines here are the file's lines, each with its `\r`.
    @Test func cutsWindowsLineBreaksAfterTheReturn() {
        #expect(Labels.lines(of: "a\r\nb\r\n") == ["a\r", "b\r", ""])
        #expect(Labels.lines(of: "\r\n\r\n") == ["\r", "\r", ""])
        #expect("a\r\nb".components(separatedBy: "\n") == ["a\r\nb"])
    }
}
