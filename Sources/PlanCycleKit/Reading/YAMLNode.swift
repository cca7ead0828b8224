/// A YAML node as PlanCycle reads it: a single value, a list or a block of fields, each with the
/// place it starts. `YAMLComposer` builds it from libyaml's events.
enum YAMLNode: Hashable {
    /// A 1-based line and column in the YAML text; columns count characters, as libyaml's do.
    struct Mark: Hashable {
        let line: Int
        let column: Int
    }

    /// A single value, always read as text: PlanCycle checks types itself.
    struct Scalar: Hashable {
        let string: String
        /// Written without quotes or block indicators, so `~` or `null` mean no value.
        let isPlain: Bool
        /// An explicit tag (`!!int 3`), which makes `3` and `!!int 3` different keys, as in YAML.
        let tag: String?
        let mark: Mark

        // Keys are the same when their text and tag are; how they are written and where is not part of it.
        static func == (lhs: Scalar, rhs: Scalar) -> Bool { lhs.string == rhs.string && lhs.tag == rhs.tag }
        func hash(into hasher: inout Hasher) {
            hasher.combine(string)
            hasher.combine(tag)
        }
    }

    /// A key and its value in a block of fields.
    typealias Pair = (key: YAMLNode, value: YAMLNode)

    case scalar(Scalar)
    case sequence([YAMLNode], tag: String?, Mark)
    case mapping([Pair], tag: String?, Mark)

    var mark: Mark {
        switch self {
        case .scalar(let scalar): scalar.mark
        case .sequence(_, _, let mark), .mapping(_, _, let mark): mark
        }
    }

    var scalar: Scalar? {
        if case .scalar(let scalar) = self { return scalar }
        return nil
    }

    var sequence: [YAMLNode]? {
        if case .sequence(let items, _, _) = self { return items }
        return nil
    }

    var mapping: [Pair]? {
        if case .mapping(let pairs, _, _) = self { return pairs }
        return nil
    }

    /// The value of the first key written as `key` (untagged), in a block of fields.
    func value(of key: String) -> YAMLNode? {
        mapping?.first { $0.key.scalar.map { $0.string == key && $0.tag == nil } == true }?.value
    }

    // Structural equality, as YAML compares keys: text and tags, not marks or styles.
    static func == (lhs: YAMLNode, rhs: YAMLNode) -> Bool {
        switch (lhs, rhs) {
        case let (.scalar(l), .scalar(r)): l == r
        case let (.sequence(l, lt, _), .sequence(r, rt, _)): lt == rt && l == r
        case let (.mapping(l, lt, _), .mapping(r, rt, _)):
            lt == rt && l.count == r.count && zip(l, r).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: false
        }
    }

    func hash(into hasher: inout Hasher) {
        switch self {
        case .scalar(let scalar):
            hasher.combine(0)
            hasher.combine(scalar)
        case .sequence(let items, let tag, _):
            hasher.combine(1)
            hasher.combine(items)
            hasher.combine(tag)
        case .mapping(let pairs, let tag, _):
            hasher.combine(2)
            hasher.combine(pairs.count)
            for pair in pairs {
                hasher.combine(pair.key)
                hasher.combine(pair.value)
            }
            hasher.combine(tag)
        }
    }
}
