import Foundation
import Testing
import Yams
@testable import PlanCycleKit

/// PlanCycle composes YAML from libyaml's events itself. These tests hold it to Yams' `compose`
/// with the basic resolver, which it replaced: the same tree, values, styles and marks, and the
/// same error at the same place, on the shipped YAML, on mistakes made in it, and on YAML's corners.
@Suite struct YAMLComposerTests {
    @Test func theShippedYAMLComposesAsWithYams() throws {
        let texts = try Self.shippedYAML()
        #expect(texts.count > 50)
        for (path, text) in texts {
            #expect(YAMLOutline.ours(text) == YAMLOutline.yams(text), "\(path)")
        }
    }

    /// Each line of each shipped file, changed the way a hand-edited file goes wrong: a quote or
    /// bracket opened, a tab, a colon, an anchor, a tag, a line deleted or repeated.
    @Test func mistakesInTheShippedYAMLFailAsWithYams() throws {
        let edits: [(String) -> String] = [
            { "\"" + $0 }, { "'" + $0 }, { "[" + $0 }, { "{" + $0 }, { "\t" + $0 }, { $0 + ": x" }, { "- " + $0 },
            { "&a " + $0 }, { "*a" + $0 }, { "!!int " + $0 }, { "? " + $0 }, { "--- " + $0 }, { "|" + $0 }, { "@" + $0 },
            { $0 + "\n" + $0 }, { _ in "" }, { "  " + $0 }, { $0.replacingOccurrences(of: ": ", with: ": \"") },
        ]
        var compared = 0, failures = 0
        for (path, text) in try Self.shippedYAML() {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            // Every third line of each file with every ninth edit, in turn: all edits on every file.
            for index in stride(from: 0, to: lines.count, by: 3) {
                for (number, edit) in edits.enumerated() where (index / 3 + number) % 9 == 0 {
                    var changed = lines
                    changed[index] = edit(changed[index])
                    let mutated = changed.joined(separator: "\n")
                    let expected = YAMLOutline.yams(mutated)
                    if expected.hasPrefix("error") { failures += 1 }
                    #expect(YAMLOutline.ours(mutated) == expected, "\(path), line \(index + 1): \(mutated)")
                    compared += 1
                }
            }
        }
        #expect(compared > 3000 && failures > 1000, "\(compared) compared, \(failures) errors")
    }

    @Test(arguments: [
        "", "# only a comment\n", "---\n", "a: 1\n---\nb: 2\n", "a: 1\n...\n", "~", "null",
        "a: &x [1, 2]\nb: *x\n", "a: *x\n", "a: &x b\nc: *x\n", "&x a: b\n",
        "a: 1\na: 2\n", "b: 1\na: 1\nb: 2\na: 2\n", "a: 1\n\"a\": 2\n", "a: 1\n!!str a: 2\n", "1: x\n!!int 1: y\n",
        "? [a, b]\n: 1\n? [a, b]\n: 2\n", "? {a: 1}\n: x\n? {a: 1}\n: y\n", "[a, b]: 1\n", "x:\n  a: 1\n  a: 1\n",
        "a: |\n  line\n  line\nb: >-\n  folded\n", "a: 'it''s'\nb: \"\\u00e9\\t\"\n", "a: !!int 3\nb: !custom x\nc: ! y\n",
        "- !!map {a: 1}\n- !!seq [1]\n- !!str s\n", "%YAML 1.1\n---\na: 1\n", "%FOO bar\n---\na\n",
        "a: \"unclosed\nb: 1\n", "a: [1, 2\nb: 1\n", "a: {b: 1\n", "a:\n\t- b\n", "a: b: c\n", "a: @x\n",
        "a: 1\n b: 2\n", "- a\nb: 1\n", "a: \u{1}\n", "a: é ü 中文\nb: \"𝄞\"\n", "a: x\r\nb: y\r\n", "? a\n? b\n",
        "{a: 1, a: 2}\n", "[a, [b, [c, {d: e}]]]\n", "a: &a\n  b: *a\n", "a: *\n", "!<tag:x> a\n",
        // Found by the yaml fuzz target: a byte order mark that starts a value is dropped.
        "- \u{FEFF}|", "a: \u{FEFF}\u{FEFF}b\nc: x\u{FEFF}\n",
        "t: 1\nt: 2\n? {a: b}\n: 1\n? {a: b}\n: 2\ns: 1\n? [c]\n: 1\n? [c]\n: 2\ns: 2\n",
        // Found by the yaml fuzz target: the non-specific tag `!` is the kind's default, so `! a` repeats `a`.
        "a: 1\n! b: 2\n", "! a: 1\na: 2\n", "a: ! [x]\nb: ! {c: d}\n",
    ])
    func yamlCornersComposeAsWithYams(_ text: String) {
        #expect(YAMLOutline.ours(text) == YAMLOutline.yams(text))
    }

    /// The shipped `.yaml` files and the front matter of the shipped `.md` files.
    static func shippedYAML() throws -> [(String, String)] {
        var texts: [(String, String)] = []
        for folder in ["content", "Templates"] {
            let root = Fixture.projectRoot.appendingPathComponent(folder).path
            let paths = try FileManager.default.subpathsOfDirectory(atPath: root).sorted()
            for path in paths where path.hasSuffix(".yaml") || path.hasSuffix(".md") {
                let text = try String(contentsOfFile: root + "/" + path, encoding: .utf8)
                if path.hasSuffix(".yaml") {
                    texts.append((path, text))
                } else if text.hasPrefix("---\n"), let end = text.range(of: "\n---\n") {
                    texts.append((path, String(text[text.index(text.startIndex, offsetBy: 4)..<end.lowerBound]) + "\n"))
                }
            }
        }
        return texts
    }
}
