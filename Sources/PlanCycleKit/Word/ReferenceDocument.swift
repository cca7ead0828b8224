import Foundation
import ZIPFoundation

/// `Templates/reference.docx`: the house style of every Word file, as a secretariat officer keeps
/// it in Word. Its styles (with their theme and fonts) and its page size and margins are copied
/// into each Word file; its text is not used.
struct ReferenceDocument: Sendable {
    /// `word/styles.xml`, as it is. (Bytes rather than `Data`: a `Data` kept for the life of the
    /// process, as the fuzz targets keep the shipped templates, is reported as leaked by
    /// LeakSanitizer, which does not follow the pointer to its buffer.)
    var styles: [UInt8]
    var theme: [UInt8]?
    var fontTable: [UInt8]?
    /// The page: `w:pgSz`, `w:pgMar`, `w:cols` and `w:docGrid` of the document's section.
    var page: String
    /// The width of the text between the margins, in twentieths of a point.
    var textWidth: Int
    /// The same on a page turned to landscape, for wide tables.
    var landscapePage: String
    var landscapeTextWidth: Int
    /// Style ids by name, lowercased (`heading 1` → `Heading1`). Word keeps built-in names in
    /// English whatever the language of its menus, while ids may be translated, so names are what count.
    var styleIDs: [String: String]
    /// The parts every Word file made with this document has alike, deflated once.
    var deflated = ZipArchive.DeflateCache()

    static let fileName = "reference.docx"

    /// The style called `style`; only asked for styles that `missingStyles` found.
    func id(_ style: WordStyle) -> String { styleIDs[style.rawValue.lowercased()] ?? style.fallbackID }

    /// The styles the writer uses that the document lacks.
    var missingStyles: [WordStyle] { WordStyle.allCases.filter { styleIDs[$0.rawValue.lowercased()] == nil } }

    /// Reads `path`, reporting at it what is wrong: nil for a file that is not a Word document.
    static func read(_ path: String, diagnostics: Diagnostics, log: InputLog? = nil) -> ReferenceDocument? {
        let location = SourceLocation(path: path)
        guard let data = log.contents(of: path),
              let archive = try? Archive(data: data, accessMode: .read, pathEncoding: nil),
              let styles = part("word/styles.xml", of: archive),
              let document = part("word/document.xml", of: archive)
        else {
            diagnostics.error(location, "this is not a Word document (.docx) that PlanCycle can read its styles from.",
                              hint: "save it from Word as \"Word Document (*.docx)\", or restore the shipped one.")
            return nil
        }
        let section = Section(String(decoding: document, as: UTF8.self))
        let reference = ReferenceDocument(
            styles: styles, theme: part("word/theme/theme1.xml", of: archive), fontTable: part("word/fontTable.xml", of: archive),
            page: section.page, textWidth: section.textWidth, landscapePage: section.landscapePage,
            landscapeTextWidth: section.landscapeTextWidth, styleIDs: styleIDs(String(decoding: styles, as: UTF8.self)))
        for style in reference.missingStyles {
            diagnostics.error(location, "the reference document has no \(style.kind) style named \"\(style.displayName)\"; the Word files need it for \(style.use).",
                              hint: "in Word, add a style with that name (Home, Styles, Create a Style), or restore the shipped reference.docx.")
        }
        return reference
    }

    private static func part(_ path: String, of archive: Archive) -> [UInt8]? {
        guard let entry = archive[path], entry.uncompressedSize < 50_000_000 else { return nil }
        var bytes: [UInt8] = []
        guard (try? archive.extract(entry, consumer: { bytes.append(contentsOf: $0) })) != nil else { return nil }
        return bytes
    }

    /// The name and id of each `<w:style>` in `styles.xml`.
    static func styleIDs(_ xml: String) -> [String: String] {
        var ids: [String: String] = [:]
        for chunk in xml.components(separatedBy: "<w:style ").dropFirst() {
            guard let id = WordXML.attribute("w:styleId", in: chunk.prefix { $0 != ">" }),
                  let nameTag = chunk.range(of: "<w:name ").map({ chunk[$0.upperBound...].prefix { $0 != ">" } }),
                  let name = WordXML.attribute("w:val", in: nameTag)
            else { continue }
            ids[name.lowercased()] = ids[name.lowercased()] ?? id
        }
        return ids
    }

    /// The page settings of the document's last section.
    struct Section {
        var page: String
        var textWidth: Int
        var landscapePage: String
        var landscapeTextWidth: Int

        init(_ document: String) {
            var section: Substring = ""
            if let start = document.range(of: "<w:sectPr", options: .backwards),
               let end = document.range(of: "</w:sectPr>", range: start.upperBound..<document.endIndex) {
                section = document[start.upperBound..<end.lowerBound]
            }
            func number(_ element: String?, _ attribute: String, _ otherwise: Int) -> Int {
                element.flatMap { WordXML.attribute(attribute, in: $0[...]) }.flatMap { Int($0) } ?? otherwise
            }
            let size = WordXML.element("w:pgSz", in: section)
            let margins = WordXML.element("w:pgMar", in: section)
                ?? "<w:pgMar w:top=\"1418\" w:right=\"1134\" w:bottom=\"1418\" w:left=\"1134\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>"
            // A4 unless the reference document says otherwise; portrait whichever way it is set.
            let (short, long) = (min(number(size, "w:w", 11906), number(size, "w:h", 16838)), max(number(size, "w:w", 11906), number(size, "w:h", 16838)))
            let rest = margins + ["w:cols", "w:docGrid"].compactMap { WordXML.element($0, in: section) }.joined()
            let sides = number(margins, "w:left", 1134) + number(margins, "w:right", 1134)
            page = "<w:pgSz w:w=\"\(short)\" w:h=\"\(long)\"/>" + rest
            landscapePage = "<w:pgSz w:w=\"\(long)\" w:h=\"\(short)\" w:orient=\"landscape\"/>" + rest
            textWidth = max(2000, short - sides)
            landscapeTextWidth = max(2000, long - sides)
        }
    }
}
