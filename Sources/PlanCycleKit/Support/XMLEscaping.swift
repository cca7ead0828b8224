/// Escaping of text put into HTML, SVG and XML, in content or in attribute values.
public enum XMLEscaping {
    /// `&`, `<`, `>` and `"` as entities.
    public static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
