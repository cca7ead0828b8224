extension Substring {
    /// The first occurrence of `needle`, found on the UTF-8 bytes. Foundation's `range(of:)`
    /// converts positions to UTF-16 on every call, which made it a tenth of loading the templates.
    /// For an ASCII needle, as here, the bytes match exactly where the text does.
    func byteRange(of needle: String) -> Range<String.Index>? {
        let pattern = Array(needle.utf8)
        guard let head = pattern.first else { return startIndex..<startIndex }
        let bytes = utf8
        // On the stored bytes when the text has them in one piece, as native strings do: walking
        // string indices was 3% of loading an archive.
        if let offset = bytes.withContiguousStorageIfAvailable({ Self.offset(of: pattern, in: $0) }) {
            guard let offset else { return nil }
            let start = bytes.index(bytes.startIndex, offsetBy: offset)
            return start..<bytes.index(start, offsetBy: pattern.count)
        }
        var index = bytes.startIndex
        while index != bytes.endIndex {
            if bytes[index] == head {
                var end = index, matched = 0
                while matched < pattern.count, end != bytes.endIndex, bytes[end] == pattern[matched] {
                    bytes.formIndex(after: &end)
                    matched += 1
                }
                if matched == pattern.count { return index..<end }
            }
            bytes.formIndex(after: &index)
        }
        return nil
    }

    private static func offset(of pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard bytes.count >= pattern.count else { return nil }
        var index = 0
        let last = bytes.count - pattern.count
        while index <= last {
            if bytes[index] == pattern[0] {
                var matched = 1
                while matched < pattern.count, bytes[index + matched] == pattern[matched] { matched += 1 }
                if matched == pattern.count { return index }
            }
            index += 1
        }
        return nil
    }
}
