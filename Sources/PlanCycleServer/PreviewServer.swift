import Foundation
import Hummingbird
import Logging
import UnixSignals
import NIOCore
import PlanCycleKit
import ServiceLifecycle

/// `plancycle serve`: the site built in memory and served on loopback, rebuilt when a file of the
/// content or the templates is saved, with open pages reloading by themselves.
public enum PreviewServer {
    public struct Settings: Sendable {
        /// What to build. Nothing is written: `output` is not used.
        public var options: Options
        public var host: String
        /// 0 picks a free port (the tests use it); `listening` is told which.
        public var port: Int
        /// How often the folders are looked at for changes.
        public var interval: Duration = .milliseconds(100)
        /// How long an open page's poll waits before asking again.
        public var pollTimeout: Duration = .seconds(25)
        /// Signals that stop the server (Ctrl-C); none in tests, which cancel the task instead.
        public var stopSignals: [UnixSignal] = [.sigint, .sigterm]

        public init(options: Options, host: String = "127.0.0.1", port: Int = 8000) {
            self.options = options
            self.host = host
            self.port = port
        }
    }

    /// Why the server could not start, in words for the person who started it.
    public struct StartFailure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Builds, serves, and rebuilds on change until a stop signal or until the task is cancelled.
    /// - Parameters:
    ///   - listening: called once the server listens, with its port.
    ///   - built: called after every build with its result and how long it took.
    /// - Throws: `StartFailure` when the address cannot be listened on (the port is taken).
    public static func run(
        _ settings: Settings, listening: @escaping @Sendable (Int) -> Void,
        built: @escaping @Sendable (PlanCycle.Preview, Duration) -> Void
    ) async throws {
        let state = PreviewState()
        let watcher = FolderWatcher(content: settings.options.content, templates: settings.options.templates)
        var rebuilder = Rebuilder(options: settings.options, state: state, watcher: watcher, interval: settings.interval, report: built)
        await rebuilder.start()
        var logger = Logger(label: "plancycle-serve")
        logger.logLevel = .critical
        let app = Application(
            responder: PreviewResponder(state: state, pollTimeout: settings.pollTimeout),
            configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "PlanCycle preview"),
            onServerRunning: { channel in listening(channel.localAddress?.port ?? settings.port) },
            logger: logger
        )
        let group = ServiceGroup(configuration: .init(
            services: [.init(service: app), .init(service: rebuilder)],
            cancellationSignals: settings.stopSignals, logger: logger))
        do {
            try await group.run()
        } catch let error as IOError where error.errnoCode == EADDRINUSE {
            throw StartFailure(description: "\(settings.host):\(settings.port) is already in use, perhaps by another `plancycle serve`.")
        } catch let error as IOError {
            throw StartFailure(description: "cannot listen on \(settings.host):\(settings.port): \(error.description)")
        } catch is CancellationError {
            return
        }
    }
}
