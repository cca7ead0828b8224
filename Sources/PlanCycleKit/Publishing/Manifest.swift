import Crypto
import Foundation

/// `site/manifest.json`: every output file and every input file with its SHA-256, so that what was
/// published can be verified later, and so that PlanCycle knows which files in a folder it wrote.
struct Manifest: Codable, Equatable {
    static let generator = "PlanCycle"

    var generator: String
    /// Site-relative path to SHA-256 (hex) of each file written, the manifest itself excepted.
    var outputs: [String: String]
    /// `content/...` and `templates/...` paths to SHA-256 of each file read.
    var inputs: [String: String]

    /// - Parameters:
    ///   - outputs: site-relative path to the SHA-256 of each file written.
    ///   - inputPaths: `content/...` or `templates/...` name to the file's path on disk.
    init(outputs: [String: String], inputPaths: [String: String]) {
        generator = Self.generator
        self.outputs = outputs
        let names = inputPaths.keys.sorted()
        let digests = Parallel.map(names.count) { index in
            FileManager.default.contents(atPath: inputPaths[names[index]] ?? "").map(Self.sha256) ?? ""
        }
        self.inputs = Dictionary(uniqueKeysWithValues: zip(names, digests))
    }

    /// Every file below `folder` (hidden ones left out), as `prefix/relative/path` to its path.
    static func paths(in folder: String, prefix: String) -> [String: String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [:] }
        var result: [String: String] = [:]
        while let relative = enumerator.nextObject() as? String {
            guard !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
            let path = ContentFolder.join(folder, relative)
            if !ContentFolder.isDirectory(path) { result[prefix + "/" + relative] = path }
        }
        return result
    }

    /// SHA-256 of each file, on every core (for a site held in memory, as `serve` holds it).
    static func hashes(_ files: [String: Data]) -> [String: String] {
        let paths = files.keys.sorted()
        let digests = Parallel.map(paths.count) { sha256(files[paths[$0]] ?? Data()) }
        return Dictionary(uniqueKeysWithValues: zip(paths, digests))
    }

    /// Pretty-printed JSON with sorted keys (written directly: JSONEncoder took a tenth of a large build).
    var data: Data {
        func object(_ values: [String: String], indent: String) -> String {
            guard !values.isEmpty else { return "{\n\n\(indent)}" }
            let lines = values.keys.sorted().map { "\(indent)  \(Self.quoted($0)) : \(Self.quoted(values[$0] ?? ""))" }
            return "{\n" + lines.joined(separator: ",\n") + "\n\(indent)}"
        }
        let text = "{\n  \"generator\" : \(Self.quoted(generator)),\n  \"inputs\" : \(object(inputs, indent: "  ")),\n"
            + "  \"outputs\" : \(object(outputs, indent: "  "))\n}\n"
        return Data(text.utf8)
    }

    /// A JSON string literal.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case let c where c.value < 0x20: result += String(format: "\\u%04x", c.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    static func read(from folder: String) -> Manifest? {
        guard let data = FileManager.default.contents(atPath: ContentFolder.join(folder, PagePath.manifest)) else { return nil }
        return try? JSONDecoder().decode(Manifest.self, from: data)
    }

    static func sha256(_ data: Data) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in SHA256.hash(data: data) {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }
}
