/// Escaping for the MARCXML writer. The loop looks at each UTF-8 byte once and writes the runs between the
/// bytes that need attention whole, so text with nothing to escape is one copy.
extension MARCXMLWriter {
    enum Context {
        /// Element content: tab and LF stay, CR is written `&#13;` so it survives line-end normalisation.
        case text
        /// Attribute values: tab, LF and CR are written as references so they survive value normalisation.
        case attribute
    }

    private enum Escape {
        static let amp = Array("&amp;".utf8)
        static let lt = Array("&lt;".utf8)
        static let gt = Array("&gt;".utf8)
        static let quot = Array("&quot;".utf8)
        static let tab = Array("&#9;".utf8)
        static let lf = Array("&#10;".utf8)
        static let cr = Array("&#13;".utf8)
        /// U+FFFD, for the characters XML 1.0 forbids.
        static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]
    }

    /// Writes a value. `tag` and `place` name it in findings; `place` is evaluated only for a finding.
    func writeText(_ text: String, in context: Context, tag: Tag? = nil, place: @autoclosure () -> String) throws {
        let done: Void? = try text.utf8.withContiguousStorageIfAvailable { bytes in
            try writeValid(bytes, in: context, tag: tag, place: place)
        }
        if done == nil {
            try Array(text.utf8).withUnsafeBufferPointer { try writeValid($0, in: context, tag: tag, place: place) }
        }
    }

    /// Writes bytes not known to be UTF-8 (leader, tag, indicators, codes). ASCII goes as it is; anything
    /// else is decoded, invalid sequences as U+FFFD with a finding.
    func writeBytes(_ bytes: some Collection<UInt8>, in context: Context, tag: Tag? = nil, place: @autoclosure () -> String) throws {
        if bytes.allSatisfy({ $0 < 0x80 }) {
            try Array(bytes).withUnsafeBufferPointer { try writeValid($0, in: context, tag: tag, place: place) }
            return
        }
        let text = String(decoding: bytes, as: UTF8.self)
        if !text.utf8.elementsEqual(bytes) {
            note("marcxml.invalid-utf8", "\(place()): bytes that are not UTF-8 were written as U+FFFD", tag: tag)
        }
        try writeText(text, in: context, tag: tag, place: place())
    }

    /// Writes valid UTF-8, escaped.
    private func writeValid(_ bytes: UnsafeBufferPointer<UInt8>, in context: Context, tag: Tag?, place: () -> String) throws {
        let attribute = context == .attribute
        let count = bytes.count
        var runStart = 0
        var index = 0
        while index < count {
            let byte = bytes[index]
            if byte >= 0x20 && byte != 0x26 && byte != 0x3C && byte != 0x3E && byte != 0x22 && byte != 0xEF {
                index += 1
                continue
            }
            var length = 1
            let escape: [UInt8]
            switch byte {
            case 0x26: escape = Escape.amp
            case 0x3C: escape = Escape.lt
            case 0x3E: escape = Escape.gt
            case 0x22: escape = Escape.quot
            case 0x0D: escape = Escape.cr
            case 0x09, 0x0A:
                guard attribute else { index += 1; continue }
                escape = byte == 0x09 ? Escape.tab : Escape.lf
            case 0xEF:
                // U+FFFE and U+FFFF are EF BF BE and EF BF BF.
                guard index + 2 < count, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE else { index += 1; continue }
                length = 3
                escape = Escape.replacement
                forbidden(bytes[index + 2] == 0xBE ? "U+FFFE" : "U+FFFF", tag: tag, place: place)
            default:
                escape = Escape.replacement
                forbidden("U+" + String(byte, radix: 16, uppercase: true).leftPadded(to: 4), tag: tag, place: place)
            }
            if index > runStart { try emitRun(UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
            try emit(escape)
            index += length
            runStart = index
        }
        if runStart < count { try emitRun(UnsafeBufferPointer(rebasing: bytes[runStart..<count])) }
    }

    @inline(__always)
    private func emitRun(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        bytesWritten += bytes.count
        try output.write(bytes)
    }

    private func forbidden(_ character: String, tag: Tag?, place: () -> String) {
        note("marcxml.forbidden-character", "\(place()): \(character) is not allowed in XML 1.0; written as U+FFFD", tag: tag)
    }

    func note(_ rule: String, _ message: String, tag: Tag?) {
        let location = RecordLocation(file: output.name, recordNumber: recordNumber, byteOffset: recordOffset)
        findings.append(Finding(.warning, rule, "record \(recordNumber): " + message, at: location, tag: tag))
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
