import CYaml

/// A YAML problem as libyaml (or the composer) reports it, before `YAMLSource` words it for the user.
struct YAMLError: Error {
    enum Stage { case reader, scanner, parser, composer, duplicateKeys, memory }
    let stage: Stage
    /// libyaml's own words ("found unexpected end of stream"); for duplicate keys, the keys.
    let problem: String
    /// Where libyaml gave up, or the first of the repeated keys.
    let mark: YAMLNode.Mark?
    /// What libyaml was reading when it gave up, and where that started ("while scanning a quoted scalar").
    let context: (text: String, mark: YAMLNode.Mark)?
    /// The keys written twice in one block, in order.
    var duplicates: [String] = []
}

/// Builds a `YAMLNode` tree from libyaml's events, as Yams' `compose` does with its basic resolver
/// (every scalar is text), with the same errors at the same places, but without Yams' node
/// classes, tags and resolver. The only file that uses libyaml (Yams' `CYaml` module).
struct YAMLComposer: ~Copyable {
    /// On the heap, because libyaml keeps a pointer to the parser in the parser.
    private let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
    private var anchors: [String: YAMLNode] = [:]

    /// The single document of `text`, nil when there is none.
    static func compose(_ text: String) throws(YAMLError) -> YAMLNode? {
        var text = text
        return try text.withUTF8 { bytes in
            var composer = YAMLComposer(bytes)
            return Result { () throws(YAMLError) in try composer.singleRoot() }
        }.get()
    }

    private init(_ bytes: UnsafeBufferPointer<UInt8>) {
        parser.initialize(to: yaml_parser_t())
        yaml_parser_initialize(parser)
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, bytes.baseAddress, bytes.count)
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deallocate()
    }

    private mutating func singleRoot() throws(YAMLError) -> YAMLNode? {
        var event = try next()  // stream start
        yaml_event_delete(&event)
        event = try next()
        defer { yaml_event_delete(&event) }
        guard event.type != YAML_STREAM_END_EVENT else { return nil }
        var first = try next()
        let root = try node(from: &first)
        var documentEnd = try next()
        yaml_event_delete(&documentEnd)
        var end = try next()
        defer { yaml_event_delete(&end) }
        guard end.type == YAML_STREAM_END_EVENT else {
            throw YAMLError(stage: .composer, problem: "but found another document", mark: Self.mark(end.start_mark),
                            context: ("expected a single document in the stream", YAMLNode.Mark(line: 1, column: 1)))
        }
        return root
    }

    /// The next event; the caller deletes it.
    private mutating func next() throws(YAMLError) -> yaml_event_t {
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else { throw error() }
        return event
    }

    /// The node that starts with `event`, which this deletes.
    private mutating func node(from event: inout yaml_event_t) throws(YAMLError) -> YAMLNode {
        defer { yaml_event_delete(&event) }
        let mark = Self.mark(event.start_mark)
        switch event.type {
        case YAML_ALIAS_EVENT:
            guard let node = anchors[Self.string(event.data.alias.anchor) ?? ""] else {
                throw YAMLError(stage: .composer, problem: "found undefined alias", mark: mark, context: nil)
            }
            return node
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            var bytes = UnsafeBufferPointer(start: scalar.value, count: scalar.length)[...]
            // A byte order mark that starts a value is dropped, as Foundation's decoding (and so Yams) did.
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
            let value = String(decoding: bytes, as: UTF8.self)
            let tag = scalar.quoted_implicit == 1 ? nil : Self.tag(scalar.tag, default: "str")
            let node = YAMLNode.scalar(.init(string: value, isPlain: scalar.style == YAML_PLAIN_SCALAR_STYLE, tag: tag, mark: mark))
            register(scalar.anchor, node)
            return node
        case YAML_SEQUENCE_START_EVENT:
            let start = event.data.sequence_start
            var items: [YAMLNode] = []
            while true {
                var item = try next()
                if item.type == YAML_SEQUENCE_END_EVENT {
                    yaml_event_delete(&item)
                    break
                }
                items.append(try node(from: &item))
            }
            let node = YAMLNode.sequence(items, tag: start.implicit != 0 ? nil : Self.tag(start.tag, default: "seq"), mark)
            register(start.anchor, node)
            return node
        case YAML_MAPPING_START_EVENT:
            let start = event.data.mapping_start
            var pairs: [YAMLNode.Pair] = []
            while true {
                var keyEvent = try next()
                if keyEvent.type == YAML_MAPPING_END_EVENT {
                    yaml_event_delete(&keyEvent)
                    break
                }
                let key = try node(from: &keyEvent)
                var valueEvent = try next()
                pairs.append((key, try node(from: &valueEvent)))
            }
            try Self.checkDuplicates(pairs)
            // Yams reads a mapping's tag from the sequence field of libyaml's event union, which holds
            // the same pointer.
            let node = YAMLNode.mapping(pairs, tag: start.implicit != 0 ? nil : Self.tag(start.tag, default: "map"), mark)
            register(start.anchor, node)
            return node
        default:
            throw YAMLError(stage: .composer, problem: "found an unexpected event", mark: mark, context: nil)
        }
    }

    private mutating func register(_ anchor: UnsafeMutablePointer<UInt8>?, _ node: YAMLNode) {
        if let name = Self.string(anchor) { anchors[name] = node }
    }

    /// What Yams names a repeated key that is a list or a block, not text (kept, so that its
    /// errors compare with Yams'; `YAMLSource` words it for the user).
    static let unprintableKey = "<uncovertable>"

    /// Keys written twice in one block, reported as Yams does: the keys in order, at the first
    /// place of the first of them.
    private static func checkDuplicates(_ pairs: [YAMLNode.Pair]) throws(YAMLError) {
        guard pairs.count > 1 else { return }
        // Most blocks have a few keys written once, all plain text: comparing them in pairs is
        // cheaper than hashing every key.
        if pairs.count <= 16, pairs.allSatisfy({ $0.key.scalar?.tag == nil && $0.key.scalar != nil }) {
            let keys = pairs.map { $0.key.scalar?.string ?? "" }
            guard keys.indices.contains(where: { index in keys[..<index].contains(keys[index]) }) else { return }
        }
        var firsts: [YAMLNode: YAMLNode] = [:]
        var repeated: [YAMLNode] = []
        for pair in pairs {
            if let first = firsts[pair.key] {
                if !repeated.contains(first) { repeated.append(first) }
            } else {
                firsts[pair.key] = pair.key
            }
        }
        guard !repeated.isEmpty else { return }
        // Yams sorts the keys: scalars by their text; other kinds keep their order.
        let keys = repeated.enumerated().sorted { lhs, rhs in
            if let l = lhs.element.scalar?.string, let r = rhs.element.scalar?.string, l != r { return l < r }
            return lhs.offset < rhs.offset
        }.map(\.element)
        throw YAMLError(stage: .duplicateKeys, problem: "duplicated keys", mark: keys.first?.mark, context: nil,
                        duplicates: keys.map { $0.scalar?.string ?? unprintableKey })
    }

    private func error() -> YAMLError {
        let parser = parser.pointee
        let problem = parser.problem.map { String(cString: $0) } ?? ""
        let context = parser.context.map { (String(cString: $0), Self.mark(parser.context_mark)) }
        let stage: YAMLError.Stage
        switch parser.error {
        case YAML_READER_ERROR: return YAMLError(stage: .reader, problem: problem, mark: nil, context: nil)
        case YAML_SCANNER_ERROR: stage = .scanner
        case YAML_PARSER_ERROR: stage = .parser
        case YAML_COMPOSER_ERROR: stage = .composer
        default: return YAMLError(stage: .memory, problem: "out of memory", mark: nil, context: nil)
        }
        return YAMLError(stage: stage, problem: problem, mark: Self.mark(parser.problem_mark), context: context)
    }

    private static func mark(_ mark: yaml_mark_t) -> YAMLNode.Mark {
        YAMLNode.Mark(line: mark.line + 1, column: mark.column + 1)
    }

    private static func string(_ pointer: UnsafeMutablePointer<UInt8>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    /// An explicit tag, nil when it is YAML's default for the node's kind (`!!str` on a scalar), or
    /// the non-specific `!`, which YAML (and Yams, when it compares keys) reads as that default.
    private static func tag(_ pointer: UnsafeMutablePointer<UInt8>?, default kind: String) -> String? {
        guard let tag = string(pointer), tag != "tag:yaml.org,2002:" + kind, tag != "!" else { return nil }
        return tag
    }
}
