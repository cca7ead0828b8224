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
    ///   - inputs: `content/...` or `templates/...` name to the SHA-256 of the file read.
    init(outputs: [String: String], inputs: [String: String]) {
        generator = Self.generator
        self.outputs = outputs
        self.inputs = inputs
    }

    /// The SHA-256 of each input, by its name.
    /// - Parameters:
    ///   - paths: `content/...` or `templates/...` name to the file's path on disk.
    ///   - log: the digests of the inputs as they were read; a file not in it is read and hashed here.
    static func digests(of paths: [String: String], log: InputLog? = nil) -> [String: String] {
        let names = Array(paths.keys)
        let digests = Parallel.map(names.count) { index in
            let path = paths[names[index]] ?? ""
            return log?.digest(of: path) ?? FileManager.default.contents(atPath: path).map(SHA256Hex.of) ?? ""
        }
        return Dictionary(uniqueKeysWithValues: zip(names, digests))
    }

    /// Every file below `folder` (hidden ones left out), as `prefix/relative/path` to its path.
    static func paths(in folder: String, prefix: String) -> [String: String] {
        var result: [String: String] = [:]
        for relative in FileTree.files(below: folder) { result[prefix + "/" + relative] = ContentFolder.join(folder, relative) }
        return result
    }

    /// SHA-256 of each file, on every core (for a site held in memory, as `serve` holds it).
    static func hashes(_ files: [String: Data]) -> [String: String] {
        let paths = files.keys.sorted()
        let digests = Parallel.map(paths.count) { SHA256Hex.of(files[paths[$0]] ?? Data()) }
        return Dictionary(uniqueKeysWithValues: zip(paths, digests))
    }

    /// Pretty-printed JSON with sorted keys, as JSONEncoder wrote it (written directly on bytes:
    /// JSONEncoder took a tenth of a large build, and text built string by string 2%).
    var data: Data {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(128 * (inputs.count + outputs.count) + 64)
        func object(_ values: [String: String]) {
            guard !values.isEmpty else { return bytes.append(contentsOf: "{\n\n  }".utf8) }
            bytes.append(contentsOf: "{\n".utf8)
            for (index, key) in values.keys.sorted().enumerated() {
                bytes.append(contentsOf: index == 0 ? "    ".utf8 : ",\n    ".utf8)
                Self.quote(key, into: &bytes)
                bytes.append(contentsOf: " : ".utf8)
                Self.quote(values[key] ?? "", into: &bytes)
            }
            bytes.append(contentsOf: "\n  }".utf8)
        }
        bytes.append(contentsOf: "{\n  \"generator\" : ".utf8)
        Self.quote(generator, into: &bytes)
        bytes.append(contentsOf: ",\n  \"inputs\" : ".utf8)
        object(inputs)
        bytes.append(contentsOf: ",\n  \"outputs\" : ".utf8)
        object(outputs)
        bytes.append(contentsOf: "\n}\n".utf8)
        return Data(bytes)
    }

    /// A JSON string literal.
    static func quoted(_ text: String) -> String {
        var bytes: [UInt8] = []
        quote(text, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    static func quote(_ text: String, into bytes: inout [UInt8]) {
        JSONWriter.append(text, to: &bytes, namingBackspaceAndFormFeed: false)
    }

    static func read(from folder: String) -> Manifest? {
        guard let data = FileManager.default.contents(atPath: ContentFolder.join(folder, PagePath.manifest)) else { return nil }
        return try? JSONDecoder().decode(Manifest.self, from: data)
    }
}
