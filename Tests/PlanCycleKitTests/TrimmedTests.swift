import Testing
@testable import PlanCycleKit

/// `trimmed`, which every field that PlanCycle reads goes through.
struct TrimmedTests {
    @Test func trimsWhiteSpaceOfEveryKindAndKeepsTheRestExactly() {
        #expect("  a b \n".trimmed == "a b")
        #expect("\u{A0}\u{2003}x\u{3000}\t".trimmed == "x")
        #expect(" \r\n ".trimmed == "")
        #expect("".trimmed == "")
        #expect("plain".trimmed == "plain")
        // A combining mark after a space is one character with it, but only the space goes.
        #expect(" \u{301}x ".trimmed.unicodeScalars.map(\.value) == [0x301, 0x78])
        #expect("x\u{301} ".trimmed == "x\u{301}")
        #expect("« a »"[...].dropFirst().trimmed == "a »")
    }
}
