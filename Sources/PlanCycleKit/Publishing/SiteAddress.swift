/// Where the published site is, for what needs absolute addresses: the feed, the calendars and
/// the links of a letter preview.
enum SiteAddress {
    /// `baseURL` ending with `/`, so that a page's path can follow it.
    static func base(_ baseURL: String?) -> String? { baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" } }

    /// The domain that names the site's feed entries and calendar events when the site has no
    /// address: that of the contact's e-mail, else `localhost`.
    static func domain(of site: Site) -> String {
        site.contact.email?.split(separator: "@").last.map(String.init) ?? "localhost"
    }
}
