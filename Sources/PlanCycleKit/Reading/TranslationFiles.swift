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

    /// What is wrong with a file named like a translation (`<name>.<xx>.md` or `.yaml`) whose
    /// language code is not one PlanCycle translates into; nil for any other name.
    static func misnamed(_ name: String) -> (message: String, hint: String)? {
        guard let (parts, dot) = codeParts(name) else { return nil }
        let code = String(parts[1])
        let others = Translation.languages.filter { $0 != "en" }
        if code == "en" || code.lowercased() == "en" {
            return ("the original is in English, so it needs no `.en` translation.", "name the original `\(parts[0])\(name[dot...])`.")
        }
        if others.contains(code.lowercased()) {
            return ("`\(code)` must be written in lowercase.", "rename the file `\(parts[0]).\(code.lowercased())\(name[dot...])`.")
        }
        if others.contains(code) { return nil }
        return ("`\(code)` is not one of the languages PlanCycle translates into.",
                "a translation is named `\(parts[0]).<code>\(name[dot...])` with one of \(others.joined(separator: ", ")).")
    }

    /// True for a file named like a translation, `<name>.<xx>.md` or `.yaml`, whatever `xx` is.
    static func isNamedLikeTranslation(_ name: String) -> Bool { codeParts(name) != nil }

    /// `<name>` and `<xx>` of `<name>.<xx>.md` (or `.yaml`), and where the extension starts.
    private static func codeParts(_ name: String) -> ([Substring], String.Index)? {
        guard let dot = name.lastIndex(of: "."), [".md", ".yaml"].contains(String(name[dot...])) else { return nil }
        let parts = name[..<dot].split(separator: ".")
        guard parts.count == 2, parts[1].count == 2, parts[1].allSatisfy(\.isLetter) else { return nil }
        return (parts, dot)
    }

    /// The language of `<stem>.<lang><ext>`, if `name` is one.
    static func language(of name: String, stem: String, ext: String) -> String? {
        guard name.hasPrefix(stem + "."), name.hasSuffix(ext) else { return nil }
        let code = String(name.dropFirst(stem.count + 1).dropLast(ext.count))
        return Translation.languages.contains(code) && code != "en" ? code : nil
    }

    /// The translations in a folder of activities or letters.
    static func read(in folder: String, kind: Translation.Kind, year: Int, diagnostics: Diagnostics, log: InputLog?) -> [Translation] {
        ContentFolder.entries(folder).compactMap { name in
            guard let (stem, language) = split(name) else { return nil }
            return read(file: ContentFolder.join(folder, name), language: language, kind: kind,
                        originalPath: ContentFolder.join(folder, stem + ".md"), target: DocumentRef(year: year, id: stem), diagnostics: diagnostics,
                        log: log)
        }
    }

    static func read(
        file path: String, language: String, kind: Translation.Kind, originalPath: String, target: DocumentRef?, diagnostics: Diagnostics,
        log: InputLog?
    ) -> Translation? {
        guard let text = ContentFolder.readText(path, diagnostics: diagnostics, log: log) else { return nil }
        let file = FrontMatterFile(path: path, text: text, diagnostics: diagnostics)
        guard file.yaml != nil || !diagnostics.hasErrors(in: path) else { return nil }
        let body = file.body.trimmed.isEmpty ? nil : file.body
        return TranslationReader.read(
            file.yaml, kind: kind, language: language, path: path, lineOffset: file.yamlLineOffset, originalPath: originalPath,
            target: target, body: body, diagnostics: diagnostics)
    }

    /// `a/b.fr.md` for `a/b.md`, `site.fr.yaml` for `site.yaml`.
    static func translationPath(of original: String, language: String) -> String {
        guard let dot = original.lastIndex(of: ".") else { return original + "." + language }
        return String(original[..<dot]) + "." + language + String(original[dot...])
    }
}
