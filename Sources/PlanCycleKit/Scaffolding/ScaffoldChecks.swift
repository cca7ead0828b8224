/// Checks that each scaffold, filled with sample values, still reads as the content format
/// wants, so that a file `plancycle new` makes always builds.
enum ScaffoldChecks {
    static func run(templates: String, site: Site?, diagnostics: Diagnostics, log: InputLog?) {
        guard ContentFolder.isDirectory(ContentFolder.join(templates, "scaffolds")) else { return }
        for kind in Scaffold.Kind.allCases {
            let found = Diagnostics()
            guard let scaffold = Scaffold.load(kind, templates: templates, diagnostics: found, log: log) else {
                diagnostics.append(contentsOf: found.all)
                continue
            }
            read(scaffold, site: site, diagnostics: found)
            for problem in found.all where problem.severity == .error {
                diagnostics.error(problem.location, "the scaffold no longer matches the content format: \(problem.message)",
                                  hint: "correct Templates/scaffolds/\(kind.rawValue) so that the file `plancycle new` makes reads. "
                                      + (problem.hint ?? ""))
            }
        }
    }

    /// Reads the scaffold, filled with sample values, with the reader of its kind.
    private static func read(_ scaffold: Scaffold, site: Site?, diagnostics: Diagnostics) {
        let text = scaffold.filled(sample)
        if scaffold.kind == .site {
            _ = SiteReader.read(YAMLSource.compose(text, path: scaffold.path, lineOffset: 0, diagnostics: diagnostics), path: scaffold.path, diagnostics: diagnostics)
            return
        }
        let file = FrontMatterFile(path: scaffold.path, text: text, diagnostics: diagnostics)
        switch scaffold.kind {
        case .site: break
        case .year: _ = YearReader.read(file, year: 2027, diagnostics: diagnostics)
        case .activity: _ = ActivityReader.read(file, id: "sample", year: 2027, site: site, diagnostics: diagnostics)
        case .letter: _ = LetterReader.read(file, name: "sample", lettersFolder: "letters", site: site, diagnostics: diagnostics)
        case .outcome: _ = OutcomeReader.read(file, id: "sample", year: 2027, site: site, memberStates: [], diagnostics: diagnostics)
        }
    }

    /// A value for every `{{key}}` the scaffolds use, as `plancycle new` fills them in.
    static let sample: [String: String] = [
        "year": "2027", "previous": "2026", "meeting_number": "45", "carry_over": "", "start": "2027-06-01",
        "process": "wsis", "processes": "wsis, sdgs", "unit": "\"General Secretariat (SG)\"", "activity": "sample",
        "date": "2027-01-20", "deadline": "2027-03-01", "id": "sample", "participation": "attend", "staff_days": "10",
    ]
}
