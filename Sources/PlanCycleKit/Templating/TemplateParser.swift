/// The parser of `CompiledTemplate`: swift-mustache's parser (`Template+Parser.swift`, 2.1.1),
/// ported to UTF-8 bytes. Its quirks are kept on purpose, so that both read a template alike: the
/// line after a section keeps the standalone state of the section's opening tag, whitespace before
/// a non-standalone comment waits for the next text, and `{{` before a line break is dropped.
struct TemplateParser {
    /// Why parsing stopped; any of them hands the template to swift-mustache.
    enum Failure: Error {
        /// Malformed: swift-mustache reports where.
        case invalid
        /// Well formed, but uses what only swift-mustache renders.
        case unsupported
    }

    typealias Node = CompiledTemplate.Node

    private let bytes: [UInt8]
    private var position = 0
    private var open: [UInt8] = Array("{{".utf8)
    private var close: [UInt8] = Array("}}".utf8)

    init(bytes: [UInt8]) { self.bytes = bytes }

    private var atEnd: Bool { position == bytes.count }
    private var current: UInt8? { position < bytes.count ? bytes[position] : nil }

    /// The nodes up to the end of the section `section` (or of the template, for nil).
    /// - Parameter newLine: whether parsing starts at the start of a line.
    mutating func parse(section: String?, newLine startsLine: Bool) throws(Failure) -> [Node] {
        var nodes: [Node] = []
        var newLine = startsLine
        var whiteSpaceBefore = ""
        func flushWhiteSpace() {
            if !whiteSpaceBefore.isEmpty {
                nodes.append(.text(whiteSpaceBefore))
                whiteSpaceBefore = ""
            }
        }
        while !atEnd {
            if newLine { whiteSpaceBefore = string(read { $0 == 0x20 || $0 == 0x09 }) }
            let text = try readText()
            if let length = newlineLength(at: position) {
                nodes.append(.text(whiteSpaceBefore + text + string(position..<position + length)))
                position += length
                newLine = true
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(whiteSpaceBefore + text))
                whiteSpaceBefore = ""
                newLine = false
            }
            guard let kind = current else { break }
            var setNewLine = false
            switch kind {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                position += 1
                let name = try readName()
                if newLine && lineFinished() {
                    setNewLine = true
                } else {
                    flushWhiteSpace()
                }
                let inner = try parse(section: name, newLine: newLine && setNewLine)
                let parsed = CompiledTemplate.Name(name)
                nodes.append(kind == UInt8(ascii: "#") ? .section(parsed, inner) : .inverted(parsed, inner))
            case UInt8(ascii: "/"):
                position += 1
                let name = try readName()
                guard name == section else { throw .invalid }
                if !(newLine && lineFinished()) { flushWhiteSpace() }
                return nodes
            case UInt8(ascii: "!"):
                position += 1
                guard let end = find(close) else { throw .invalid }
                position = end + close.count
                setNewLine = newLine && lineFinished()
            case UInt8(ascii: "{"):
                flushWhiteSpace()
                position += 1
                let name = try readName()
                guard current == UInt8(ascii: "}") else { throw .invalid }
                position += 1
                nodes.append(.variable(CompiledTemplate.Name(name), escaped: false))
            case UInt8(ascii: "&"):
                flushWhiteSpace()
                position += 1
                nodes.append(.variable(CompiledTemplate.Name(try readName()), escaped: false))
            case UInt8(ascii: ">"):
                position += 1
                try skipWhiteSpace()
                if current == UInt8(ascii: "*") { throw .unsupported }
                let name = try readPartialName()
                if !whiteSpaceBefore.isEmpty { nodes.append(.text(whiteSpaceBefore)) }
                if newLine && lineFinished() {
                    setNewLine = true
                    nodes.append(.partial(name, indentation: whiteSpaceBefore))
                } else {
                    nodes.append(.partial(name, indentation: nil))
                }
                whiteSpaceBefore = ""
            case UInt8(ascii: "="):
                position += 1
                try readDelimiters()
                setNewLine = newLine && lineFinished()
            case UInt8(ascii: "<"), UInt8(ascii: "$"), UInt8(ascii: "%"):
                throw .unsupported
            default:
                flushWhiteSpace()
                nodes.append(.variable(CompiledTemplate.Name(try readName()), escaped: true))
            }
            newLine = setNewLine
        }
        guard section == nil else { throw .invalid }
        return nodes
    }

    // MARK: - Reading

    /// Text up to a line break or the next tag's opening delimiter, which is read past.
    private mutating func readText() throws(Failure) -> String {
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == 0x0A || (byte == 0x0D && position + 1 < bytes.count && bytes[position + 1] == 0x0A) {
                return string(start..<position)
            }
            if byte == open[0] {
                // swift-mustache fails on a delimiter's first character with too few after it.
                guard hasCharacters(open.count, from: position) else { throw .invalid }
                if matches(open, at: position) {
                    defer { position += open.count }
                    return string(start..<position)
                }
            }
            position += 1
        }
        // swift-mustache reads NUL at the end of the text: a delimiter that starts with one fails there.
        if open[0] == 0 { throw .invalid }
        return string(start..<position)
    }

    /// Whether `count` characters (not bytes) are left from `index`. An ASCII byte always starts a
    /// character here (but for `\n` after `\r`; `GraphemeJoins` leaves the other cases out), and a
    /// run of other bytes holds at least one, so only a short end needs counting exactly.
    private func hasCharacters(_ count: Int, from index: Int) -> Bool {
        var found = 0
        var inRun = false
        for offset in index..<bytes.count {
            let byte = bytes[offset]
            if byte < 0x80 {
                if !(byte == 0x0A && offset > index && bytes[offset - 1] == 0x0D) { found += 1 }
                inRun = false
            } else if !inRun {
                found += 1
                inRun = true
            }
            if found >= count { return true }
        }
        return String(decoding: bytes[index...], as: UTF8.self).count >= count
    }

    /// Whether the rest of the line is spaces and tabs; if so, reads past them and the line break.
    private mutating func lineFinished() -> Bool {
        if atEnd { return true }
        var end = position
        while end < bytes.count, bytes[end] == 0x20 || bytes[end] == 0x09 { end += 1 }
        guard let length = newlineLength(at: end) else { return false }
        position = end + length
        return true
    }

    /// A name, as far as the closing delimiter.
    private mutating func readName() throws(Failure) -> String {
        try skipWhiteSpace()
        let name = string(read(while: Self.isNameByte))
        try skipWhiteSpace()
        guard matches(close, at: position) else { throw .invalid }
        position += close.count
        if name.utf8.contains(UInt8(ascii: "(")) || name.utf8.contains(UInt8(ascii: ")")) { throw .unsupported }
        return name
    }

    private mutating func readPartialName() throws(Failure) -> String {
        try skipWhiteSpace()
        let name = string(read { Self.isNameByte($0) || $0 == UInt8(ascii: "/") })
        try skipWhiteSpace()
        guard matches(close, at: position) else { throw .invalid }
        position += close.count
        return name
    }

    /// `{{=<% %>=}}`: the new delimiters.
    private mutating func readDelimiters() throws(Failure) {
        try skipWhiteSpace()
        let start = read { !Self.isWhiteSpace($0) }
        guard !atEnd else { throw .invalid }
        try skipWhiteSpace()
        let end = read { !Self.isWhiteSpace($0) && $0 != UInt8(ascii: "=") }
        guard !atEnd else { throw .invalid }
        try skipWhiteSpace()
        guard current == UInt8(ascii: "=") else { throw .invalid }
        position += 1
        guard matches(close, at: position) else { throw .invalid }
        position += close.count
        guard !start.isEmpty, !end.isEmpty else { throw .invalid }
        let newOpen = Array(bytes[start]), newClose = Array(bytes[end])
        // swift-mustache compares characters; bytes are the same only for ASCII.
        guard (newOpen + newClose).allSatisfy({ $0 < 0x80 }) else { throw .unsupported }
        open = newOpen
        close = newClose
    }

    /// Skips white space; Unicode white space, which swift-mustache also skips, is left to it.
    private mutating func skipWhiteSpace() throws(Failure) {
        _ = read(while: Self.isWhiteSpace)
        if let byte = current, byte >= 0x80 { throw .unsupported }
    }

    // MARK: - Bytes

    private mutating func read(while accepts: (UInt8) -> Bool) -> Range<Int> {
        let start = position
        while position < bytes.count, accepts(bytes[position]) { position += 1 }
        return start..<position
    }

    private func string(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    private func matches(_ delimiter: [UInt8], at index: Int) -> Bool {
        guard index + delimiter.count <= bytes.count else { return false }
        for offset in delimiter.indices where bytes[index + offset] != delimiter[offset] { return false }
        return true
    }

    private func find(_ delimiter: [UInt8]) -> Int? {
        var index = position
        while index + delimiter.count <= bytes.count {
            if matches(delimiter, at: index) { return index }
            index += 1
        }
        return nil
    }

    /// The length in bytes of the line break at `index` (a character for which Swift's
    /// `isNewline` holds), or nil.
    private func newlineLength(at index: Int) -> Int? {
        guard index < bytes.count else { return nil }
        switch bytes[index] {
        case 0x0A, 0x0B, 0x0C: return 1
        case 0x0D: return index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
        case 0xC2: return index + 1 < bytes.count && bytes[index + 1] == 0x85 ? 2 : nil
        case 0xE2:
            return index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9) ? 3 : nil
        default: return nil
        }
    }

    /// ASCII white space, as Swift's `Character.isWhitespace` has it.
    private static func isWhiteSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }

    /// The characters of a name in swift-mustache, brackets included.
    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): true
        case UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "?"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "*"): true
        default: false
        }
    }
}
