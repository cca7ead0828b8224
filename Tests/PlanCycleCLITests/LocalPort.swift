import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A TCP socket listening on a port of 127.0.0.1 that the system chose, to find a free port
/// (close it, then pass its port) or to keep a port taken.
final class LocalPort {
    enum Failure: Error { case socket, bind }

    private var socket: Int32
    let number: Int

    init() throws {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw Failure.socket }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(socket, $0, length) == 0 && listen(socket, 1) == 0 && getsockname(socket, $0, &length) == 0
            }
        }
        guard bound else {
            Glibc.close(socket)
            throw Failure.bind
        }
        self.socket = socket
        number = Int(UInt16(bigEndian: address.sin_port))
    }

    /// Frees the port.
    func close() {
        guard socket >= 0 else { return }
        Glibc.close(socket)
        socket = -1
    }

    deinit { close() }

    /// A port that was free a moment ago.
    static func free() throws -> Int {
        let port = try LocalPort()
        port.close()
        return port.number
    }
}
