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

    /// The activity `ref` names.
    public func activity(_ ref: DocumentRef) -> Activity? {
        year(ref.year)?.activities.first { $0.id == ref.id }
    }

    /// All letters of all years about `activity`.
    public func letters(about activity: Activity) -> [CircularLetter] {
        (letterIndex[activity.ref] ?? []).map { years[$0.year].letters[$0.letter] }
    }

    /// Where each activity's letters are: positions in `years[...].letters`, in date order.
    /// Built once by `indexLetters()`; localizing content changes letters' text, never their positions.
    var letterIndex: [DocumentRef: [(year: Int, letter: Int)]] = [:]
    /// Positions of letters by file name and by number (`CL-25/12`).
    var letterNames: [String: [(year: Int, letter: Int)]] = [:]

    mutating func indexLetters() {
        letterIndex = [:]
        letterNames = [:]
        for (y, year) in years.enumerated() {
            for (i, letter) in year.letters.enumerated() {
                letterNames[letter.name, default: []].append((y, i))
                if let symbol = letter.symbol, symbol != letter.name { letterNames[symbol, default: []].append((y, i)) }
                letterIndex[letter.activityRef, default: []].append((y, i))
            }
        }
    }

    /// The letter that a reply names (by file name or number, such as `CL-25/12`): a letter about
    /// the replying activity first, then one dated in the activity's year, then any.
    public func letter(_ reference: String, forActivity id: String, year: Int) -> CircularLetter? {
        // The candidates are looked at where they are, and only the one chosen is copied: each
        // report asks this for every reply of its year, in every language.
        let places = letterNames[reference] ?? []
        let wanted = DocumentRef(year: year, id: id)
        let place = places.first { years[$0.year].letters[$0.letter].activityRef == wanted }
            ?? places.first { years[$0.year].letters[$0.letter].date.year == year } ?? places.first
        return place.map { years[$0.year].letters[$0.letter] }
    }
}
