/// JSON written straight to bytes, in the layout of Foundation's `JSONEncoder` with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`: two-space indentation, `"key" : value`,
/// and an empty list as `[`, a blank line and `]`. The caller writes keys in sorted order.
/// `JSONEncoder` built a tree of boxed values for every plan (8% of a 10,000-activity build);
/// `MachineReadableTests` compares the two byte for byte.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    private var depth = 0
    /// Whether the container being written has no member yet.
    private var isFirst = true

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func object(_ body: (inout JSONWriter) -> Void) { container("{", "}", body) }

    mutating func array<Items: Sequence>(_ items: Items, _ write: (inout JSONWriter, Items.Element) -> Void) {
        container("[", "]") { writer in
            for item in items {
                writer.member()
                write(&writer, item)
            }
        }
    }

    /// `"name" : `, before a member's value.
    mutating func key(_ name: String) {
        member()
        string(name)
        bytes.append(contentsOf: " : ".utf8)
    }

    mutating func string(_ text: String) { Self.append(text, to: &bytes) }

    /// `text` as a JSON string literal. `namingBackspaceAndFormFeed`: `\b` and `\f`, as
    /// `JSONEncoder` writes them, rather than `\u0008` and `\u000c`, as the manifest always has.
    static func append(_ text: String, to bytes: inout [UInt8], namingBackspaceAndFormFeed: Bool = true) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            // The bytes between two that need escaping are appended at once.
            var start = 0
            for index in utf8.indices {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                start = index + 1
                switch byte {
                case UInt8(ascii: "\""): bytes.append(contentsOf: "\\\"".utf8)
                case UInt8(ascii: "\\"): bytes.append(contentsOf: "\\\\".utf8)
                case 0x0A: bytes.append(contentsOf: "\\n".utf8)
                case 0x0D: bytes.append(contentsOf: "\\r".utf8)
                case 0x09: bytes.append(contentsOf: "\\t".utf8)
                case 0x08 where namingBackspaceAndFormFeed: bytes.append(contentsOf: "\\b".utf8)
                case 0x0C where namingBackspaceAndFormFeed: bytes.append(contentsOf: "\\f".utf8)
                default:
                    bytes.append(contentsOf: "\\u00".utf8)
                    bytes.append(hex[Int(byte >> 4)])
                    bytes.append(hex[Int(byte & 0xF)])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func int(_ value: Int) { bytes.append(contentsOf: String(value).utf8) }

    mutating func bool(_ value: Bool) { bytes.append(contentsOf: (value ? "true" : "false").utf8) }

    private static let hex = Array("0123456789abcdef".utf8)

    private mutating func container(_ open: Character, _ close: Character, _ body: (inout JSONWriter) -> Void) {
        bytes.append(contentsOf: String(open).utf8)
        bytes.append(0x0A)
        depth += 1
        isFirst = true
        body(&self)
        depth -= 1
        bytes.append(0x0A)
        indent()
        bytes.append(contentsOf: String(close).utf8)
        isFirst = false
    }

    /// The separator and indentation before a member of the open container.
    private mutating func member() {
        if !isFirst { bytes.append(contentsOf: ",\n".utf8) }
        isFirst = false
        indent()
    }

    private mutating func indent() { bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth)) }
}
