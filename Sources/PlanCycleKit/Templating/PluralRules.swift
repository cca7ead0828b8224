/// A plural category of CLDR (Unicode Common Locale Data Repository).
enum PluralCategory: String, CaseIterable, Comparable, Sendable {
    case zero, one, two, few, many, other

    static func < (a: PluralCategory, b: PluralCategory) -> Bool {
        allCases.firstIndex(of: a) ?? 0 < allCases.firstIndex(of: b) ?? 0
    }
}

/// CLDR's cardinal plural rules for whole numbers, written from CLDR's published rules
/// (`common/supplemental/plurals.xml`) for the six languages PlanCycle publishes.
///
/// Counts in PlanCycle are whole numbers, so the operands are `n = i` (the number), `v = 0`
/// (no visible fraction digits) and `e = 0` (no compact exponent). A language without rules here
/// has only `other`.
enum PluralRules {
    /// The categories `language` distinguishes for whole numbers, in CLDR's order.
    static func categories(_ language: String) -> [PluralCategory] {
        switch base(language) {
        case "en": return [.one, .other]
        case "fr", "es": return [.one, .many, .other]
        case "ru": return [.one, .few, .many, .other]
        case "ar": return [.zero, .one, .two, .few, .many, .other]
        default: return [.other]
        }
    }

    /// The category of the whole number `n` (n ≥ 0) in `language`.
    static func category(of n: Int, in language: String) -> PluralCategory {
        let i = abs(n)
        switch base(language) {
        case "en":
            // one: i = 1 and v = 0
            return i == 1 ? .one : .other
        case "fr":
            // one: i = 0,1; many: e = 0 and i != 0 and i % 1000000 = 0 and v = 0
            if i == 0 || i == 1 { return .one }
            return i % 1_000_000 == 0 ? .many : .other
        case "es":
            // one: n = 1; many: e = 0 and i != 0 and i % 1000000 = 0 and v = 0
            if i == 1 { return .one }
            return i != 0 && i % 1_000_000 == 0 ? .many : .other
        case "ru":
            // one: v = 0 and i % 10 = 1 and i % 100 != 11
            // few: v = 0 and i % 10 = 2..4 and i % 100 != 12..14
            // many: v = 0 and i % 10 = 0 or v = 0 and i % 10 = 5..9 or v = 0 and i % 100 = 11..14
            let (ten, hundred) = (i % 10, i % 100)
            if ten == 1 && hundred != 11 { return .one }
            if (2...4).contains(ten) && !(12...14).contains(hundred) { return .few }
            return .many
        case "ar":
            // zero: n = 0; one: n = 1; two: n = 2; few: n % 100 = 3..10; many: n % 100 = 11..99
            switch (i, i % 100) {
            case (0, _): return .zero
            case (1, _): return .one
            case (2, _): return .two
            case (_, 3...10): return .few
            case (_, 11...99): return .many
            default: return .other
            }
        default:
            return .other
        }
    }

    /// Whole numbers that fall in `category`, to name in a hint ("2, 3, 4, 22").
    /// Looks among 0–200 and the round numbers up to ten million (French and Spanish `many` are
    /// exact millions), not through every number up to a million, which took seconds (found by fuzzing).
    static func examples(of category: PluralCategory, in language: String) -> [Int] {
        let candidates = Array(0...200) + [1000, 10_000, 100_000] + (1...10).map { $0 * 1_000_000 }
        return Array(candidates.lazy.filter { PluralRules.category(of: $0, in: language) == category }.prefix(4))
    }

    private static func base(_ language: String) -> String {
        String(language.prefix { $0.isLetter }).lowercased()
    }
}
