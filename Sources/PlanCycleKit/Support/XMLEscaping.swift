/// Escaping of text put into HTML, SVG and XML, in content or in attribute values.
public enum XMLEscaping {
    /// `&`, `<`, `>` and `"` as entities (and `'` with `apostrophes`), wherever they are. On
    /// bytes: Foundation's `replacingOccurrences`, used before, compared characters, so that a
    /// `<`, `&` or `"` with a combining mark after it (`<\u{338}`) was left as written, and broke
    /// the feed's XML or an attribute's quotes. It was also a fiftieth of a large build.
    public static func escape(_ text: String, apostrophes: Bool = false) -> String {
        guard text.utf8.contains(where: { entity(for: $0, apostrophes: apostrophes) != nil }) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            if let entity = entity(for: byte, apostrophes: apostrophes) { bytes.append(contentsOf: entity.utf8) } else { bytes.append(byte) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func entity(for byte: UInt8, apostrophes: Bool) -> String? {
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'") where apostrophes: "&#39;"
        default: nil
        }
    }
}
