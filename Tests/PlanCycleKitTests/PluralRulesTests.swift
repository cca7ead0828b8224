import Testing
@testable import PlanCycleKit

/// The plural rules against CLDR's own sample numbers: every integer sample CLDR publishes under a
/// category must fall in that category. The samples are copied verbatim from CLDR 48's plurals
/// (`@integer` part; PlanCycle counts are whole numbers, so the `@decimal` samples do not apply).
@Suite struct PluralRulesTests {
    static let samples: [(language: String, category: PluralCategory, integers: String)] = [
        ("en", .one, "1"),
        ("en", .other, "0, 2~16, 100, 1000, 10000, 100000, 1000000, …"),
        ("fr", .one, "0, 1"),
        ("fr", .many, "1000000, 1c6, 2c6, 3c6, 4c6, 5c6, 6c6, …"),
        ("fr", .other, "2~17, 100, 1000, 10000, 100000, 1c3, 2c3, 3c3, 4c3, 5c3, 6c3, …"),
        ("es", .one, "1"),
        ("es", .many, "1000000, 1c6, 2c6, 3c6, 4c6, 5c6, 6c6, …"),
        ("es", .other, "0, 2~16, 100, 1000, 10000, 100000, 1c3, 2c3, 3c3, 4c3, 5c3, 6c3, …"),
        ("ru", .one, "1, 21, 31, 41, 51, 61, 71, 81, 101, 1001, …"),
        ("ru", .few, "2~4, 22~24, 32~34, 42~44, 52~54, 62, 102, 1002, …"),
        ("ru", .many, "0, 5~19, 100, 1000, 10000, 100000, 1000000, …"),
        ("ar", .zero, "0"),
        ("ar", .one, "1"),
        ("ar", .two, "2"),
        ("ar", .few, "3~10, 103~110, 1003, …"),
        ("ar", .many, "11~26, 111, 1011, …"),
        ("ar", .other, "100~102, 200~202, 300~302, 400~402, 500~502, 600, 1000, 10000, 100000, 1000000, …"),
        ("zh", .other, "0~15, 100, 1000, 10000, 100000, 1000000, …"),
    ]

    /// The numbers of a CLDR sample list: `2~4` is a range, `1c6` is 1×10⁶, `…` ends the list.
    static func numbers(_ list: String) -> [Int] {
        list.split(separator: ",").flatMap { item -> [Int] in
            let text = item.trimmingCharacters(in: .whitespaces)
            if text == "…" { return [] }
            let bounds = text.split(separator: "~").compactMap { number(String($0)) }
            return bounds.count == 2 ? Array(bounds[0]...bounds[1]) : bounds
        }
    }

    static func number(_ text: String) -> Int? {
        let parts = text.split(separator: "c")
        guard let base = Int(parts[0]) else { return nil }
        guard parts.count == 2, let exponent = Int(parts[1]) else { return base }
        return (0..<exponent).reduce(base) { value, _ in value * 10 }
    }

    @Test(arguments: samples.indices)
    func everyCLDRSampleFallsInItsCategory(_ index: Int) {
        let sample = Self.samples[index]
        let numbers = Self.numbers(sample.integers)
        #expect(!numbers.isEmpty)
        for n in numbers {
            #expect(PluralRules.category(of: n, in: sample.language) == sample.category, "\(sample.language) \(n)")
        }
    }

    // Found by fuzzing the label files (Tests/Fuzz, target labels): looking for examples of French
    // `many` scanned a million numbers, seconds under the sanitizers. The examples stay the same.
    @Test func hintExamplesIncludeTheExactMillions() {
        #expect(PluralRules.examples(of: .many, in: "fr") == [1_000_000, 2_000_000, 3_000_000, 4_000_000])
        #expect(PluralRules.examples(of: .few, in: "ru") == [2, 3, 4, 22])
        #expect(PluralRules.examples(of: .zero, in: "ar") == [0])
        #expect(PluralRules.examples(of: .one, in: "en") == [1])
    }

    @Test func eachLanguageHasTheCategoriesCLDRGivesIt() {
        for language in ["en", "fr", "es", "ru", "ar", "zh"] {
            let published = Set(Self.samples.filter { $0.language == language }.map(\.category))
            // Russian's `other` covers only fractions, which counts never are; every other
            // category has whole-number samples.
            let expected = language == "ru" ? published.union([.other]) : published
            #expect(Set(PluralRules.categories(language)) == expected, "\(language)")
        }
    }

    @Test func sampleListsAreReadAsCLDRWritesThem() {
        #expect(Self.numbers("2~4, 22, 1c3, …") == [2, 3, 4, 22, 1000])
    }
}
