import ArgumentParser
import Foundation
import PlanCycleKit
#if canImport(Glibc)
import Glibc
#endif

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Checks, then writes the whole site; writes nothing when there is an error.")

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: "The output folder, replaced as a whole.")
    var output = "site"

    @Option(name: .customLong("base-url"), help: "The address the site is published at, for the feed, the calendars and the links in Word files.")
    var baseURL: String?

    @Flag(name: .long, help: "Replace an output folder even if it holds files PlanCycle did not write.")
    var force = false

    @Flag(name: .long, help: "Publish draft letters and draft reports too, marked as drafts (for review; never for the public site).")
    var drafts = false

    @Flag(name: .shortAndLong, help: "Print nothing but problems.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "List every file written.")
    var verbose = false

    /// glibc hands a large block (a page being rendered) back to the kernel as soon as it is freed,
    /// and the next page takes fresh memory from it, a page fault for every 4 KiB: over half of the
    /// six-language build's system time. A build is short, so it keeps what it frees. (`mallopt` is
    /// in `malloc.h`, which Swift's Glibc module leaves out; it is looked up by name instead.)
    private static func keepFreedMemory() {
        #if canImport(Glibc)
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }  // RTLD_DEFAULT
        let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
        let (trimThreshold, mmapThreshold): (Int32, Int32) = (-1, -3)  // M_TRIM_THRESHOLD, M_MMAP_THRESHOLD
        _ = mallopt(mmapThreshold, 32 << 20)
        _ = mallopt(trimThreshold, 128 << 20)
        #endif
    }

    func validate() throws {
        try CommonOptions.checkBaseURL(baseURL)
    }

    func run() throws {
        Self.keepFreedMemory()
        var options = common.options(output: output)
        options.baseURL = baseURL
        options.force = force
        options.drafts = drafts
        let started = Date()
        let showProgress = !quiet && isatty(STDERR_FILENO) == 1
        let result = PlanCycle.build(options, progress: showProgress ? { done, total in
            if total >= 50 { StandardError.write("\rRendering: \(done)/\(total)" + (done == total ? "\n" : "")) }
        } : nil)
        Report.print(result)
        if result.hasErrors {
            let existed = FileManager.default.fileExists(atPath: output)
            StandardError.write("Nothing was written; " + (existed ? "\(output) is unchanged.\n" : "\(output) was not created.\n"))
            throw ExitCode.failure
        }
        if verbose {
            for path in result.written { print(output + "/" + path) }
        }
        if !quiet {
            let pages = result.written.filter { $0.hasSuffix(".html") }.count
            let words = result.written.filter { $0.hasSuffix(".docx") }.count
            let warnings = result.diagnostics.count
            let seconds = Date().timeIntervalSince(started)
            print("Wrote \(result.written.count) files (\(pages) pages" + (words > 0 ? ", \(Report.count(words, "Word file"))" : "") + ") to \(output) in \(String(format: "%.2f", seconds)) s"
                + (warnings > 0 ? ", with \(Report.count(warnings, "warning"))." : "."))
            if !result.draftsLeftOut.isEmpty {
                print("Left out \(Report.count(result.draftsLeftOut.count, "draft")) (--drafts publishes them, marked): "
                    + result.draftsLeftOut.joined(separator: ", "))
            }
        }
    }
}
