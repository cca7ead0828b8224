/// "Did you mean" suggestions for misspelt keys and values.
enum Suggestion {
    /// The closest of `candidates` to `word`, if it is close enough to be a likely typo.
    static func closest(to word: String, in candidates: [String]) -> String? {
        let lower = word.lowercased()
        var best: (String, Int)?
        for candidate in candidates.sorted() {
            let distance = editDistance(lower, candidate.lowercased())
            let limit = max(1, min(3, candidate.count / 3))
            if distance <= limit, distance < (best?.1 ?? Int.max) {
                best = (candidate, distance)
            }
        }
        return best?.0
    }

    /// A hint naming the closest candidate, if any, and the allowed values.
    static func hint(for word: String, in candidates: [String], allowedLabel: String = "Allowed") -> String {
        let allowed = "\(allowedLabel): \(candidates.joined(separator: ", "))."
        guard let match = closest(to: word, in: candidates) else { return allowed }
        return "did you mean `\(match)`? \(allowed)"
    }

    /// Levenshtein distance, counted in characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
