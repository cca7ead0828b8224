extension Substring {
    /// The first occurrence of `needle`, found on the UTF-8 bytes. Foundation's `range(of:)`
    /// converts positions to UTF-16 on every call, which made it a tenth of loading the templates.
    /// For an ASCII needle, as here, the bytes match exactly where the text does.
    func byteRange(of needle: String) -> Range<String.Index>? {
        let pattern = Array(needle.utf8)
        guard let head = pattern.first else { return startIndex..<startIndex }
        let bytes = utf8
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
}
