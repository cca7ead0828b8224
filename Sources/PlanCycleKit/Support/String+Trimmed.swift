extension StringProtocol {
    /// The text without leading and trailing white space and line breaks. (Foundation's
    /// `trimmingCharacters(in:)` bridges to NSString and was a fifth of the loading time.)
    var trimmed: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[first...last])
        return String(result)
    }
}
