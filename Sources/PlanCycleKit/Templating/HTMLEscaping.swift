import Mustache

/// The HTML escaping of merged values: `<`, `>`, `&`, `"` and `'` as entities, on bytes.
///
/// swift-mustache's `htmlEscape` works on characters, so that a quote with a combining mark after
/// it (`"\u{301}`) is one character, not a quote, and stays as written: merged into an attribute,
/// it would close the attribute, and what follows would be markup. PlanCycle escapes every such
/// byte, and has swift-mustache escape the same way (`ContentType`) for the templates it renders.
enum HTMLEscaping {
    static func escape(_ text: String) -> String { XMLEscaping.escape(text, apostrophes: true) }

    /// The content type of HTML templates that swift-mustache renders, with this escaping.
    struct ContentType: MustacheContentType {
        static let name = "plancycle-html"

        func escapeText(_ text: String) -> String { HTMLEscaping.escape(text) }
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
