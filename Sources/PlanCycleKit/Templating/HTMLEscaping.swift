/// The HTML escaping of merged values, as swift-mustache's `htmlEscape` does it, by characters:
/// `<` with a combining mark after it is one character, not `<`, and stays as written.
enum HTMLEscaping {
    static func escape(_ text: String) -> String {
        // Most values need nothing: return them as they are without building a new string.
        guard text.utf8.contains(where: isSpecial) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for character in text {
            switch character {
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    private static func isSpecial(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "\""), UInt8(ascii: "'"): true
        default: false
        }
    }
}

/// Where a template's characters differ from its bytes: swift-mustache reads a template by
/// characters, so a combining mark after `{`, `}`, a space or a name's letter makes one character
/// with it, and an Arabic number sign before ASCII does the same. `CompiledTemplate`, which reads
/// bytes, leaves such a template to swift-mustache.
enum GraphemeJoins {
    /// Whether a scalar joins an ASCII character before or after it into one character.
    static func anyAtASCII(_ bytes: [UInt8]) -> Bool {
        guard bytes.contains(where: { $0 >= 0x80 }) else { return false }
        var previousIsASCII = false
        var previousIsPrepend = false
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            let isASCII = scalar.isASCII
            if isASCII, previousIsPrepend { return true }
            if !isASCII, previousIsASCII, joinsPrevious(scalar) { return true }
            previousIsASCII = isASCII
            previousIsPrepend = isPrepend(scalar)
        }
        return false
    }

    /// Grapheme_Cluster_Break Extend, ZWJ or SpacingMark: never the start of a character.
    private static func joinsPrevious(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        return properties.isGraphemeExtend || properties.isEmojiModifier || scalar.value == 0x200D
            || properties.generalCategory == .spacingMark
    }

    /// Grapheme_Cluster_Break Prepend: joins the character after it.
    private static func isPrepend(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0600...0x0605, 0x06DD, 0x070F, 0x0890...0x0891, 0x08E2, 0x0D4E, 0x110BD, 0x110CD, 0x111C2...0x111C3,
             0x1193F, 0x11941, 0x11A3A, 0x11A84...0x11A89, 0x11D46, 0x11F02: true
        default: false
        }
    }
}
