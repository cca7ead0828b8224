/// "Did you mean" suggestions for misspelt keys and values.
enum Suggestion {
    /// The closest of `candidates` to `word`, if it is close enough to be a likely typo.
    static func closest(to word: String, in candidates: [String]) -> String? {
        let lower = word.lowercased()
        let length = lower.count
        var best: (String, Int)?
        for candidate in candidates.sorted() {
            let limit = max(1, min(3, candidate.count / 3))
            let other = candidate.lowercased()
            // The distance is at least the difference in length: most candidates need no table.
            guard abs(other.count - length) <= limit else { continue }
            let distance = editDistance(lower, other)
            if distance <= limit, distance < (best?.1 ?? Int.max) {
                best = (candidate, distance)
            }
        }
        return best?.0
    }

    /// A hint naming the closest candidate, if any, and the allowed values.
    static func hint(for word: String, in candidates: [String], allowedLabel: String = "Allowed") -> String {
        guard !candidates.isEmpty else { return "There are none to choose from yet." }
        let allowed = "\(allowedLabel): \(candidates.joined(separator: ", "))."
        guard let match = closest(to: word, in: candidates) else { return allowed }
        return "did you mean `\(match)`? \(allowed)"
    }

    /// Edit distance counting a swap of two neighbours as one edit (optimal string alignment).
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var d = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }
}
