import Foundation
import Testing

/// The folders of PlanCycleKit are the stages of the pipeline (README, "How the code is built"):
/// each uses only the types of the folders before it. This reads the sources as text: the
/// top-level types each folder declares, and the names each file uses outside comments and
/// string literals.
@Suite struct FolderOrderTests {
    static let order = [
        "Basics", "Support", "Model", "Rendering", "Word", "Reading", "Checks", "Loading", "Templating", "Documents", "Publishing",
        "Scaffolding", "API",
    ]

    static let library = Fixture.projectRoot.appendingPathComponent("Sources/PlanCycleKit")

    /// Each folder's Swift files, as text with comments and string literals removed.
    static func sources() throws -> [(folder: String, file: String, text: String)] {
        var result: [(String, String, String)] = []
        for folder in try FileManager.default.contentsOfDirectory(atPath: library.path).sorted() {
            let url = library.appendingPathComponent(folder)
            for file in try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() where file.hasSuffix(".swift") {
                let text = try String(contentsOf: url.appendingPathComponent(file), encoding: .utf8)
                result.append((folder, file, stripped(text)))
            }
        }
        return result
    }

    static func stripped(_ text: String) -> String {
        let noStrings = text.replacingOccurrences(of: #""(?:[^"\\\n]|\\.)*""#, with: "\"\"", options: .regularExpression)
        return noStrings.replacingOccurrences(of: #"//[^\n]*"#, with: "", options: .regularExpression)
    }

    /// The types declared at the top level of a file (not nested in another type).
    static func declarations(in text: String) -> [String] {
        let pattern = #"(?m)^(?:(?:public|final|indirect)\s+)*(?:struct|enum|class|protocol|typealias)\s+(\w+)"#
        let regex = try? NSRegularExpression(pattern: pattern)
        let range = NSRange(text.startIndex..., in: text)
        return regex?.matches(in: text, range: range).compactMap { Range($0.range(at: 1), in: text).map { String(text[$0]) } } ?? []
    }

    @Test func everyFolderIsAStage() throws {
        let folders = Set(try Self.sources().map(\.folder))
        #expect(folders == Set(Self.order), "a folder is missing from the order, or the order names one that does not exist")
    }

    @Test func noFolderUsesATypeOfALaterStage() throws {
        let sources = try Self.sources()
        var stageOf: [String: Int] = [:]
        for source in sources {
            guard let stage = Self.order.firstIndex(of: source.folder) else { continue }
            for name in Self.declarations(in: source.text) { stageOf[name] = stage }
        }
        #expect(stageOf["Content"] == Self.order.firstIndex(of: "Model"), "the scan finds declarations")
        var backEdges: [String] = []
        for source in sources {
            guard let stage = Self.order.firstIndex(of: source.folder) else { continue }
            let words = Set(source.text.split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init))
            for word in words.sorted() {
                if let other = stageOf[word], other > stage {
                    backEdges.append("\(source.folder)/\(source.file) uses \(word) of \(Self.order[other])/")
                }
            }
        }
        #expect(backEdges.isEmpty, "\(backEdges.joined(separator: "\n"))")
    }
}
