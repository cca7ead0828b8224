import ArgumentParser
import Foundation
import PlanCycleKit
import PlanCycleServer

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Previews the site in the browser: builds it in memory, serves it, and rebuilds and reloads on every save.")

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: "The port to listen on.")
    var port = 8000

    @Option(name: .long, help: "The address to listen on. The default is this machine only.")
    var host = "127.0.0.1"

    @Flag(name: .long, help: "Open the preview in the browser.")
    var open = false

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 1 and 65535 (0: any free port), not \(port).") }
    }

    func run() async throws {
        var options = common.options()
        options.drafts = true
        let settings = PreviewServer.Settings(options: options, host: host, port: port)
        let host = self.host.contains(":") ? "[\(self.host)]" : self.host
        let open = self.open
        if !["127.0.0.1", "localhost", "::1"].contains(self.host) {
            StandardError.write("warning: listening on \(self.host) lets other machines see the preview, drafts included.\n")
        }
        do {
            try await PreviewServer.run(settings, listening: { port in
                let address = "http://\(host):\(port)/"
                StandardOutput.line("Serving the preview at \(address) (drafts included). Press Ctrl-C to stop.")
                if open { Browser.open(address) }
            }, built: { preview, took in
                Report.print(preview.result)
                StandardOutput.line("\(Clock.stamp()) Built in \(took.milliseconds) ms"
                    + (preview.site == nil ? ", with errors, which the browser shows." : "."))
            })
        } catch let failure as PreviewServer.StartFailure {
            StandardError.write("error: \(failure.description) Hint: choose another port, for example `--port \(port == 8000 ? 8001 : port + 1)`.\n")
            throw ExitCode.failure
        }
        StandardOutput.line("Stopped.")
    }
}

/// Opens an address in the desktop's browser, when there is a desktop.
enum Browser {
    static func open(_ address: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xdg-open", address]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            StandardError.write("Could not open a browser; open \(address) yourself.\n")
        }
    }
}

/// The time of day for the lines `serve` prints.
enum Clock {
    static func stamp() -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "HH:mm:ss"
        return "[" + formatter.string(from: Date()) + "]"
    }
}

extension Duration {
    var milliseconds: Int { Int(components.seconds * 1000 + components.attoseconds / 1_000_000_000_000_000) }
}
