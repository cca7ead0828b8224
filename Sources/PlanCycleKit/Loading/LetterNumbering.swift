/// Gives circular letters their `CL-YY/NN` numbers.
///
/// Per calendar year, in date order (then file name): a number written in content is kept and
/// never given to another letter; other cleared and sent letters take the next number after the
/// letters before them that is not fixed elsewhere. Drafts get no number.
enum LetterNumbering {
    static func number(_ drafts: [LetterDraft], diagnostics: Diagnostics) -> [CircularLetter] {
        let byYear = Dictionary(grouping: drafts) { $0.letter.date.year }
        var result: [CircularLetter] = []
        for year in byYear.keys.sorted() {
            let ordered = (byYear[year] ?? []).sorted { ($0.letter.date, $0.letter.name) < ($1.letter.date, $1.letter.name) }
            var owner: [Int: LetterDraft] = [:]
            for draft in ordered.sorted(by: { $0.letter.path < $1.letter.path }) {
                guard let number = draft.letter.fixedNumber else { continue }
                if let first = owner[number] {
                    diagnostics.error(
                        draft.numberLocation,
                        "CL-\(CircularLetter.twoDigits(year % 100))/\(number) is also the number of \(first.letter.path).",
                        hint: "two letters cannot share a number; keep it on the letter that was sent with it.")
                } else {
                    owner[number] = draft
                }
            }
            var last = 0
            for draft in ordered {
                var letter = draft.letter
                if let fixed = letter.fixedNumber {
                    last = max(last, fixed)
                } else if letter.status != .draft {
                    var next = last + 1
                    while owner[next] != nil { next += 1 }
                    letter.number = next
                    last = next
                }
                result.append(letter)
            }
        }
        return result
    }
}
