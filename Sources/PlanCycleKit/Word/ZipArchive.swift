import Foundation
import ZIPFoundation

/// A zip archive of parts held in memory, with the same bytes as ZIPFoundation's `Archive` writes
/// (`ZipArchiveTests` compares them) and its deflate, but written straight into memory and safe to
/// run on every core at once.
///
/// ZIPFoundation's `Archive` dates each entry with `gmtime`, whose result all threads share, so
/// that two documents zipped at once could swap their dates; every Word file was zipped under one
/// lock, and its in-memory archive rewrote the central directory after each part. Compressing the
/// Word files was a sixth of the shipped build.
enum ZipArchive {
    /// The parts, in the order given, deflated and dated `date` at midnight; nil for a part over
    /// 4 GiB (a zip64 archive, which ZIPFoundation would write instead). A part marked `shared`
    /// is deflated once per `cache`: the parts many Word files have alike (styles, theme,
    /// settings…), which were deflated again for every file.
    static func make(_ parts: [(path: String, data: Data, shared: Bool)], date: Day, cache: DeflateCache? = nil) -> Data? {
        let (dosDate, dosTime) = dosDateTime(date)
        var archive = Data()
        var directory = Data()
        for (path, data, shared) in parts {
            guard let (checksum, compressed) = (shared ? cache?.deflated(data) : nil) ?? deflate(data),
                let size = UInt32(exactly: data.count), let compressedSize = UInt32(exactly: compressed.count),
                let offset = UInt32(exactly: archive.count), size < UInt32.max, compressedSize < UInt32.max, offset < UInt32.max
            else { return nil }
            let name = Data(path.utf8)
            // Version needed 2.0; bit 11: the name is UTF-8; method 8: deflate.
            let common: [FixedWidth] = [
                .u16(20), .u16(0x0800), .u16(8), .u16(dosTime), .u16(dosDate), .u32(checksum), .u32(compressedSize), .u32(size),
                .u16(UInt16(clamping: name.count)), .u16(0),
            ]
            append([.u32(0x0403_4b50)] + common, to: &archive)
            archive.append(name)
            archive.append(contentsOf: compressed)
            // Made by Unix, zip 2.1 (789, as ZIPFoundation writes); no comment, disk 0, no internal
            // attributes; a regular file with permissions 644.
            append([.u32(0x0201_4b50), .u16(789)] + common + [.u16(0), .u16(0), .u16(0), .u32(UInt32(0o100644) << 16), .u32(offset)],
                   to: &directory)
            directory.append(name)
        }
        guard let start = UInt32(exactly: archive.count), let length = UInt32(exactly: directory.count), let count = UInt16(exactly: parts.count)
        else { return nil }
        archive.append(directory)
        append([.u32(0x0605_4b50), .u16(0), .u16(0), .u16(count), .u16(count), .u32(length), .u32(start), .u16(0)], to: &archive)
        return archive
    }

    /// `data` deflated as ZIPFoundation deflates, with its CRC-32.
    static func deflate(_ data: Data) -> (checksum: UInt32, compressed: [UInt8])? {
        var compressed: [UInt8] = []
        guard let checksum = try? Data.compress(
            size: Int64(data.count), bufferSize: defaultWriteChunkSize,
            provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) },
            consumer: { compressed.append(contentsOf: $0) })
        else { return nil }
        return (checksum, compressed)
    }

    /// Parts deflated once, by their bytes, for every Word file made with one reference document;
    /// safe on every core. (Bytes rather than `Data`, which LeakSanitizer reports as leaked when
    /// kept for the life of a fuzz target.)
    final class DeflateCache: @unchecked Sendable {
        private let lock = NSLock()
        private var parts: [[UInt8]: (checksum: UInt32, compressed: [UInt8])] = [:]

        func deflated(_ data: Data) -> (checksum: UInt32, compressed: [UInt8])? {
            let key = [UInt8](data)
            lock.lock()
            let known = parts[key]
            lock.unlock()
            if let known { return known }
            guard let made = ZipArchive.deflate(data) else { return nil }
            lock.lock()
            parts[key] = made
            lock.unlock()
            return made
        }
    }

    /// The date and time of `day` at midnight in the zip's (MS-DOS) form, years clamped to 1980–2099.
    static func dosDateTime(_ day: Day) -> (date: UInt16, time: UInt16) {
        let year = min(max(day.year, 1980), 2099)
        return (UInt16(day.day + day.month * 32 + (year - 1980) * 512), 0)
    }

    private enum FixedWidth {
        case u16(UInt16), u32(UInt32)
    }

    /// Little-endian, as every number in a zip is.
    private static func append(_ fields: [FixedWidth], to data: inout Data) {
        for field in fields {
            switch field {
            case .u16(let value): data.append(contentsOf: [UInt8(value & 0xFF), UInt8(value >> 8)])
            case .u32(let value): data.append(contentsOf: (0..<4).map { UInt8((value >> (8 * $0)) & 0xFF) })
            }
        }
    }
}
