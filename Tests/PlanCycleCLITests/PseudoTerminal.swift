import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A pseudo-terminal to give a program as its standard output, so that it sees a terminal
/// (`isatty`) as it does in a user's shell; what the program writes is copied into a file.
final class PseudoTerminal: Sendable {
    enum Failure: Error { case open }

    /// The program's side, to pass as its standard output.
    let programSide: FileHandle
    private let controller: Int32
    private let copied = DispatchSemaphore(value: 0)

    /// Linux's `TIOCSPTLCK` and `TIOCGPTN` (asm-generic values), which Swift cannot import: they
    /// unlock a new pseudo-terminal and give its number, as `unlockpt` and `ptsname` do.
    private static let unlockRequest: UInt = 0x4004_5431, numberRequest: UInt = 0x8004_5430

    init() throws {
        // Close-on-exec, so that no other program a test starts meanwhile holds the terminal open.
        controller = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard controller >= 0 else { throw Failure.open }
        var unlock: Int32 = 0, number: UInt32 = 0
        let program = ioctl(controller, Self.unlockRequest, &unlock) == 0 && ioctl(controller, Self.numberRequest, &number) == 0
            ? open("/dev/pts/\(number)", O_RDWR | O_NOCTTY | O_CLOEXEC) : -1
        guard program >= 0 else {
            close(controller)
            throw Failure.open
        }
        programSide = FileHandle(fileDescriptor: program, closeOnDealloc: true)
    }

    /// Once the program has started, closes this process's copy of its side and copies what the
    /// program writes into `file` until the program's side is closed (when it ends).
    func startCopying(to file: URL) throws {
        try programSide.close()
        let output = try FileHandle(forWritingTo: file)
        Thread.detachNewThread { [controller, copied] in
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = read(controller, &buffer, buffer.count)
                guard count > 0 else { break }  // EIO once the program's side is closed
                output.write(Data(buffer[0..<count]))
            }
            close(controller)
            try? output.close()
            copied.signal()
        }
    }

    /// Waits until the copy is complete, at most `timeout` seconds; false if it is not.
    func waitForCopy(timeout: TimeInterval) -> Bool {
        copied.wait(timeout: .now() + timeout) == .success
    }
}
