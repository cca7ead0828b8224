/// Checks of the links and addresses that content gives, so that only safe ones reach pages.
public enum LinkChecks {
    /// True for an `https://` or `http://` address with no space, quote or angle bracket in it.
    public static func isWebAddress(_ text: String) -> Bool {
        let lower = text.lowercased()
        return (lower.hasPrefix("https://") || lower.hasPrefix("http://")) && text.count > 8
            && !text.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" || $0 == "\"" })
    }

    /// Accepts `https://` and `http://` addresses only.
    static func checkURL(_ text: String, at location: SourceLocation, diagnostics: Diagnostics) -> Bool {
        let ok = isWebAddress(text)
        if !ok {
            diagnostics.error(location, "`\(text)` is not a web address PlanCycle can link to.",
                              hint: "write a full address starting with `https://`.")
        }
        return ok
    }

    /// Accepts `name@domain` with no spaces.
    static func checkEmail(_ text: String, at location: SourceLocation, diagnostics: Diagnostics) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        let ok = parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".")
            && !text.contains(where: { $0.isWhitespace || "<>\"(),;:[]\\".contains($0) })
        if !ok {
            diagnostics.error(location, "`\(text)` is not an e-mail address.", hint: "write it as `name@itu.int`.")
        }
        return ok
    }
}
