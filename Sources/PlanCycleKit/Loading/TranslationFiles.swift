import Foundation

/// Finds translation files (`<name>.<lang>.md` beside `<name>.md`) and reads them.
enum TranslationFiles {
    /// `(stem, language)` for a file named `<stem>.<lang>.md` with an official language other than English.
    static func split(_ name: String) -> (String, String)? {
        guard name.hasSuffix(".md") else { return nil }
        let parts = name.dropLast(3).split(separator: ".")
        guard parts.count == 2, Translation.languages.contains(String(parts[1])), parts[1] != "en" else { return nil }
        return (String(parts[0]), String(parts[1]))
    }

    /// The language of `<stem>.<lang><ext>`, if `name` is one.
    static func language(of name: String, stem: String, ext: String) -> String? {
        guard name.hasPrefix(stem + "."), name.hasSuffix(ext) else { return nil }
        let code = String(name.dropFirst(stem.count + 1).dropLast(ext.count))
        return Translation.languages.contains(code) && code != "en" ? code : nil
    }

    /// The translations in a folder of activities or letters.
    static func read(in folder: String, kind: Translation.Kind, year: Int, diagnostics: Diagnostics) -> [Translation] {
        ContentFolder.entries(folder).compactMap { name in
            guard let (stem, language) = split(name) else { return nil }
            return read(file: ContentFolder.join(folder, name), language: language, kind: kind,
                        originalPath: ContentFolder.join(folder, stem + ".md"), target: "\(year)/\(stem)", diagnostics: diagnostics)
        }
    }

    static func read(
        file path: String, language: String, kind: Translation.Kind, originalPath: String, target: String, diagnostics: Diagnostics
    ) -> Translation? {
        guard let text = ContentFolder.readText(path, diagnostics: diagnostics) else { return nil }
        let file = FrontMatterFile(path: path, text: text, diagnostics: diagnostics)
        guard file.yaml != nil || !diagnostics.hasErrors(in: path) else { return nil }
        let body = file.body.trimmed.isEmpty ? nil : file.body
        return TranslationReader.read(
            file.yaml, kind: kind, language: language, path: path, lineOffset: file.yamlLineOffset, originalPath: originalPath,
            target: target, body: body, diagnostics: diagnostics)
    }
}
