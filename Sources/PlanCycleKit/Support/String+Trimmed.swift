extension StringProtocol {
    /// The text without leading and trailing white space and line breaks. (Foundation's
    /// `trimmingCharacters(in:)` bridges to NSString and was a fifth of the loading time; copying
    /// the kept scalars one by one was still a tenth of a `serve` rebuild.)
    var trimmed: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        // Scalar positions slice exactly, even inside a character (a combining mark after a space).
        return String(self[first..<scalars.index(after: last)])
    }
}
