/// A circular letter as read, before it is numbered: with where its fields are written, for the
/// numbering and the checks across letters to point at.
struct LetterDraft {
    var letter: CircularLetter
    var numberLocation: SourceLocation
    var locations: [String: SourceLocation]
}
