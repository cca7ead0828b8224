import Foundation

/// Guards against an output folder whose replacement would destroy something else.
enum OutputFolder {
    static func problem(_ options: Options) -> (message: String, hint: String)? {
        let output = canonical(options.output)
        if FileManager.default.fileExists(atPath: options.output), !ContentFolder.isDirectory(options.output) {
            return ("the output \(options.output) is a file, not a folder; PlanCycle will not replace it with the site.",
                    "choose a folder for `--output`, such as `site`.")
        }
        for (label, folder) in [("content", options.content), ("templates", options.templates)] {
            let other = canonical(folder)
            if output == other || other.hasPrefix(output + "/") {
                return ("the output folder would replace the \(label) folder \(folder).",
                        "choose another `--output` folder, such as `site`.")
            }
        }
        if output == "/" || output == canonical(FileManager.default.currentDirectoryPath) || output == canonical(NSHomeDirectory()) {
            return ("the output folder \(options.output) is not a folder PlanCycle can replace.", "choose a folder such as `site`.")
        }
        if !options.force, ContentFolder.isDirectory(options.output) {
            let foreign = foreignFiles(in: options.output)
            if !foreign.isEmpty {
                let shown = foreign.prefix(3).map { "`\($0)`" }.joined(separator: ", ")
                let more = foreign.count > 3 ? " and \(foreign.count - 3) more" : ""
                return ("the output folder holds files PlanCycle did not write (\(shown)\(more)); building would delete them.",
                        "choose another `--output` folder, or pass `--force` to replace it.")
            }
        }
        return nil
    }

    /// Files in an existing output folder that its manifest does not list (all of them when it has none).
    static func foreignFiles(in folder: String) -> [String] {
        let present = Manifest.paths(in: folder, prefix: "").keys.map { String($0.dropFirst()) }
        let known = Set(Manifest.read(from: folder).map { Array($0.outputs.keys) + [PagePath.manifest] } ?? [])
        let hidden = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasPrefix(".") }
        return (present.filter { !known.contains($0) } + hidden).sorted()
    }

    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
