import Foundation

/// Guards against an output folder whose replacement would destroy something else.
enum OutputFolder {
    static func problem(_ options: Options) -> (message: String, hint: String)? {
        let output = canonical(options.output)
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
        return nil
    }

    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
