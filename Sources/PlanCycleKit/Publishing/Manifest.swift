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

    init(outputs: [String: Data], inputs: [String: Data]) {
        generator = Self.generator
        self.outputs = outputs.mapValues(Self.sha256)
        self.inputs = inputs.mapValues(Self.sha256)
    }

    var data: Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = (try? encoder.encode(self)) ?? Data()
        data.append(contentsOf: Array("\n".utf8))
        return data
    }

    static func read(from folder: String) -> Manifest? {
        guard let data = FileManager.default.contents(atPath: ContentFolder.join(folder, PagePath.manifest)) else { return nil }
        return try? JSONDecoder().decode(Manifest.self, from: data)
    }

    static func sha256(_ data: Data) -> String {
        SHA256.hash(data: data).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// Every file below `folder` (hidden ones left out), keyed `prefix/relative/path`.
    static func files(in folder: String, prefix: String) -> [String: Data] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [:] }
        var result: [String: Data] = [:]
        while let relative = enumerator.nextObject() as? String {
            guard !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
            let path = ContentFolder.join(folder, relative)
            if !ContentFolder.isDirectory(path), let data = FileManager.default.contents(atPath: path) {
                result[prefix + "/" + relative] = data
            }
        }
        return result
    }
}
