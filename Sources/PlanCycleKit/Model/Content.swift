/// Everything read from a content folder, checked.
public struct Content: Sendable {
    public var site: Site
    /// Years in ascending order.
    public var years: [Year]
    /// The Member States of ITU, sorted by code.
    public var memberStates: [MemberState] = []
    /// The path of site.yaml, as diagnostics print it.
    public var sitePath = "content/site.yaml"
    /// Translations of content files into the other languages.
    public var translations: [Translation] = []
    /// Documents left out because of their errors.
    public var unreadable = Unreadable()

    public func year(_ number: Int) -> Year? { years.first { $0.year == number } }

    /// The activity a letter refers to: `id` in the letter's own year, or `YYYY/id`.
    public func activity(_ reference: String, defaultYear: Int) -> Activity? {
        let (year, id) = Content.split(reference, defaultYear: defaultYear)
        return self.year(year)?.activities.first { $0.id == id }
    }

    /// All letters of all years about `activity`.
    public func letters(about activity: Activity) -> [CircularLetter] {
        (letterIndex["\(activity.year)/\(activity.id)"] ?? []).map { years[$0.year].letters[$0.letter] }
    }

    /// Where each activity's letters are: `YYYY/id` to positions in `years[...].letters`, in date order.
    /// Built once by `indexLetters()`; localizing content changes letters' text, never their positions.
    var letterIndex: [String: [(year: Int, letter: Int)]] = [:]
    /// Positions of letters by file name and by number (`CL-25/12`).
    var letterNames: [String: [(year: Int, letter: Int)]] = [:]

    mutating func indexLetters() {
        letterIndex = [:]
        letterNames = [:]
        for (y, year) in years.enumerated() {
            for (i, letter) in year.letters.enumerated() {
                letterNames[letter.name, default: []].append((y, i))
                if let symbol = letter.symbol, symbol != letter.name { letterNames[symbol, default: []].append((y, i)) }
                let (activityYear, id) = Content.split(letter.activityID, defaultYear: letter.date.year)
                letterIndex["\(activityYear)/\(id)", default: []].append((y, i))
            }
        }
    }

    /// The letter that a reply names (by file name or number, such as `CL-25/12`): a letter about
    /// the replying activity first, then one dated in the activity's year, then any.
    public func letter(_ reference: String, forActivity id: String, year: Int) -> CircularLetter? {
        let candidates = (letterNames[reference] ?? []).map { years[$0.year].letters[$0.letter] }
        return candidates.first { letter in
            let (letterYear, letterID) = Content.split(letter.activityID, defaultYear: letter.date.year)
            return letterYear == year && letterID == id
        } ?? candidates.first { $0.date.year == year } ?? candidates.first
    }

    static func split(_ reference: String, defaultYear: Int) -> (Int, String) {
        let parts = reference.split(separator: "/", maxSplits: 1)
        if parts.count == 2, let year = Int(parts[0]) { return (year, String(parts[1])) }
        return (defaultYear, reference)
    }
}
