/// Checks every tag of a template (and the partials it includes) against the fields its document
/// provides, so that a misspelt `{{titel}}` is an error instead of silently empty text.
struct TemplateChecker {
    let templates: TemplateSet

    /// Checks template `name` as the root template of a document whose context has `schema`.
    func check(_ name: String, schema: Schema, document: String, diagnostics: Diagnostics) {
        guard let source = templates.sources[name] else { return }
        let labels = templates.labels(for: TemplateSet.originalLanguage)?.schema ?? .object([:])
        walk(source, stack: [schema.merging(.object(["l": labels]))], document: document, depth: 0, diagnostics: diagnostics)
    }

    /// Checks the tags inside the wording `l.group.key` of every language, at the place it is used,
    /// and that a phrase printing a count gives the plural forms its language needs.
    private func walkPhrase(_ name: String, stack: [Schema], document: String, diagnostics: Diagnostics) {
        for (_, file) in templates.labelFiles.sorted(by: { $0.key < $1.key }) {
            walkPhrase(name, in: file, stack: stack, document: document, diagnostics: diagnostics, depth: 4)
        }
    }

    /// Checks one language's phrase; a phrase naming another (`{{l.report.n_held}}`) is checked
    /// in the same language, up to `depth` levels.
    private func walkPhrase(_ name: String, in file: Labels, stack: [Schema], document: String, diagnostics: Diagnostics, depth: Int) {
        let parts = name.split(separator: ".").map(String.init)
        guard parts.count == 3, parts[0] == "l", depth > 0, let phrase = file.phrases[parts[1]]?[parts[2]] else { return }
        let phraseName = "`\(parts[1]).\(parts[2])`"
        if let count = phrase.count {
            checkCount(count, of: phraseName, in: file, phrase: phrase, stack: stack, document: document, diagnostics: diagnostics)
        }
        for text in phrase.texts where text[...].byteRange(of: "{{") != nil {
            var inner = stack
            for tag in TagScanner.tags(in: text) {
                // Found in the file only for a diagnostic, not for every tag of every phrase in every language.
                let location = { file.location(ofTag: tag.name, in: phrase, fallback: phrase.location) }
                guard visit(tag, stack: &inner, floor: stack.count, document: document, at: location(), diagnostics: diagnostics),
                    tag.kind == .variable
                else { continue }
                if tag.name.hasPrefix("l.") {
                    walkPhrase(tag.name, in: file, stack: inner, document: document, diagnostics: diagnostics, depth: depth - 1)
                } else if phrase.count == nil, case .count = resolve(tag.name, in: inner), PluralRules.categories(file.language.code).count > 1 {
                    let forms = PluralRules.categories(file.language.code).map { "`\($0.rawValue): ...`" }.joined(separator: ", ")
                    diagnostics.error(location(), "\(phraseName) prints the count `\(tag.name)` with one wording for every number.",
                                      hint: "give its forms by plural category: `count: \(tag.name)`, then \(forms).")
                }
            }
        }
    }

    private func checkCount(
        _ count: String, of phraseName: String, in file: Labels, phrase: Labels.Phrase, stack: [Schema], document: String,
        diagnostics: Diagnostics
    ) {
        let location = { file.location(ofTag: "count:", in: phrase, fallback: phrase.location) }
        switch resolve(count, in: stack) {
        case .count?:
            return
        case nil:
            report(count, stack: stack, document: document, at: location(), diagnostics: diagnostics)
        case _?:
            diagnostics.error(location(), "`count: \(count)` of \(phraseName) names a field that is not a count, so no form can be chosen.",
                              hint: "name the field whose number the forms agree with.")
        }
    }

    private func walk(_ source: TemplateSet.Source, stack initial: [Schema], document: String, depth: Int, diagnostics: Diagnostics) {
        var stack = initial
        for tag in TagScanner.tags(in: source.text) {
            let location = SourceLocation(path: source.path, line: tag.line, column: tag.column)
            switch tag.kind {
            case .variable, .section, .invertedSection, .close:
                let resolved = visit(tag, stack: &stack, floor: 1, document: document, at: location, diagnostics: diagnostics)
                if tag.kind == .variable, resolved { walkPhrase(tag.name, stack: stack, document: document, diagnostics: diagnostics) }
            case .partial:
                guard let partial = templates.sources[tag.name] else {
                    diagnostics.error(location, "there is no template `\(tag.name)` to include.",
                                      hint: Suggestion.hint(for: tag.name, in: templates.sources.keys.sorted(), allowedLabel: "Templates"))
                    continue
                }
                guard depth < 8 else {
                    diagnostics.error(location, "templates include each other too deeply (a partial includes itself?).")
                    continue
                }
                walk(partial, stack: stack, document: document, depth: depth + 1, diagnostics: diagnostics)
            case .other:
                continue
            }
        }
    }

    /// Checks one field tag against the stack and opens or closes its section; true when it resolved.
    /// - Parameter floor: sections below this depth belong to the caller and are never closed here.
    private func visit(
        _ tag: TagScanner.Tag, stack: inout [Schema], floor: Int, document: String, at location: @autoclosure () -> SourceLocation,
        diagnostics: Diagnostics
    ) -> Bool {
        switch tag.kind {
        case .variable, .section, .invertedSection:
            guard let found = resolve(tag.name, in: stack) else {
                report(tag.name, stack: stack, document: document, at: location(), diagnostics: diagnostics)
                if tag.kind != .variable { stack.append(.value) }
                return false
            }
            if tag.kind == .section { stack.append(found.sectionScope) }
            if tag.kind == .invertedSection { stack.append(stack.last ?? .value) }
            return true
        case .close:
            if stack.count > floor { stack.removeLast() }
            return true
        case .partial, .other:
            return true
        }
    }

    /// Resolves a name the way swift-mustache does: `.` is the current value, `.a` looks only
    /// in the current value, otherwise the first part is looked up from the innermost section out.
    private func resolve(_ name: String, in stack: [Schema]) -> Schema? {
        if name == "." || name.isEmpty { return stack.last ?? .value }
        let parts = name.split(separator: ".").map(String.init)
        guard let first = parts.first else { return nil }
        var current: Schema?
        if name.hasPrefix(".") {
            current = stack.last?.field(first)
        } else {
            current = stack.reversed().lazy.compactMap { $0.field(first) }.first
        }
        for part in parts.dropFirst() { current = current?.field(part) }
        return current
    }

    private func report(_ name: String, stack: [Schema], document: String, at location: SourceLocation, diagnostics: Diagnostics) {
        let parts = name.split(separator: ".").map(String.init)
        var candidates = Set(stack.flatMap(\.fieldNames))
        if parts.count > 1, let head = resolve(parts.dropLast().joined(separator: "."), in: stack) {
            candidates = Set(head.fieldNames)
        }
        let last = parts.last ?? name
        var hint = "the fields here are: \(candidates.sorted().joined(separator: ", "))."
        if let match = Suggestion.closest(to: last, in: Array(candidates)) {
            hint = "did you mean `\((parts.dropLast() + [match]).joined(separator: "."))`? " + hint.prefix(1).uppercased() + hint.dropFirst()
        }
        diagnostics.error(location, "`{{\(name)}}` names no field of the \(document).", hint: hint)
    }
}
