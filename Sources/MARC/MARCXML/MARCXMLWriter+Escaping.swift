/// Escaping for the MARCXML writer. The loop looks at each UTF-8 byte once and copies the runs between the
/// bytes that need attention whole, so text with nothing to escape is one copy.
extension MARCXMLSerializer {
    enum Context {
        /// Element content: tab and LF stay, CR is written `&#13;` so it survives line-end normalisation.
        case text
        /// Attribute values: tab, LF and CR are written as references so they survive value normalisation.
        case attribute
    }

    /// No escape is longer than 6 bytes (`&quot;`) for one input byte.
    static let maximumExpansion = 6

    /// Bytes below 0x40 that need a look: C0 controls, `"`, `&`, `<`, `>`. At or above 0x40 only 0xEF does
    /// (U+FFFE and U+FFFF start with it).
    private static let attentionBelow0x40: UInt64 = 0xFFFF_FFFF | 1 << 0x22 | 1 << 0x26 | 1 << 0x3C | 1 << 0x3E

    @inline(__always)
    private static func needsAttention(_ byte: UInt8) -> Bool {
        byte < 0x40 ? attentionBelow0x40 >> byte & 1 != 0 : byte == 0xEF
    }

    /// Writes a value as element content. `code` is the subfield's, nil for a control field (for findings).
    @inline(__always)
    mutating func writeText(_ text: String, tag: Tag, code: UInt8?) {
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            writeValid(bytes, in: .text, tag: tag, code: code)
        }
        if done == nil {
            Array(text.utf8).withUnsafeBufferPointer { writeValid($0, in: .text, tag: tag, code: code) }
        }
    }

    /// Writes bytes not known to be UTF-8 (leader, tag, indicators, codes). ASCII goes as it is; anything
    /// else is decoded, invalid sequences as U+FFFD with a finding.
    mutating func writeUnchecked(_ bytes: UnsafeBufferPointer<UInt8>, in context: Context = .text, tag: Tag?, place: @autoclosure () -> String) {
        if bytes.allSatisfy({ $0 < 0x80 }) {
            writeValid(bytes, in: context, tag: tag, place: place)
            return
        }
        let text = String(decoding: bytes, as: UTF8.self)
        if !text.utf8.elementsEqual(bytes) {
            note("marcxml.invalid-utf8", "\(place()): bytes that are not UTF-8 were written as U+FFFD", tag: tag)
        }
        Array(text.utf8).withUnsafeBufferPointer { writeValid($0, in: context, tag: tag, place: place) }
    }

    @inline(__always)
    private mutating func writeValid(_ bytes: UnsafeBufferPointer<UInt8>, in context: Context, tag: Tag, code: UInt8?) {
        writeValid(bytes, in: context, tag: tag) {
            code.map { "field \(tag) $\(UnicodeScalar($0))" } ?? "field \(tag)"
        }
    }

    /// Writes valid UTF-8, escaped. `place` names the value in findings and is called only for one.
    private mutating func writeValid(_ bytes: UnsafeBufferPointer<UInt8>, in context: Context, tag: Tag?, place: () -> String) {
        let count = bytes.count
        out.reserve(count &* Self.maximumExpansion)
        guard let base = bytes.baseAddress else { return }
        var runStart = 0
        var index = 0
        while index < count {
            if !Self.needsAttention(base[index]) {
                index &+= 1
                continue
            }
            let byte = base[index]
            var length = 1
            let escape: StaticString
            switch byte {
            case 0x26: escape = "&amp;"
            case 0x3C: escape = "&lt;"
            case 0x3E: escape = "&gt;"
            case 0x22: escape = "&quot;"
            case 0x0D: escape = "&#13;"
            case 0x09, 0x0A:
                guard context == .attribute else { index &+= 1; continue }
                escape = byte == 0x09 ? "&#9;" : "&#10;"
            case 0xEF:
                // U+FFFE and U+FFFF are EF BF BE and EF BF BF.
                guard index + 2 < count, base[index + 1] == 0xBF, base[index + 2] >= 0xBE else { index &+= 1; continue }
                length = 3
                escape = "\u{FFFD}"
                forbidden(base[index + 2] == 0xBE ? "U+FFFE" : "U+FFFF", tag: tag, place: place)
            default:
                escape = "\u{FFFD}"
                forbidden("U+" + String(byte, radix: 16, uppercase: true).leftPadded(to: 4), tag: tag, place: place)
            }
            out.put(base + runStart, count: index - runStart)
            out.put(escape)
            index += length
            runStart = index
        }
        out.put(base + runStart, count: count - runStart)
    }

    @inline(never)
    private mutating func forbidden(_ character: String, tag: Tag?, place: () -> String) {
        note("marcxml.forbidden-character", "\(place()): \(character) is not allowed in XML 1.0; written as U+FFFD", tag: tag)
    }

    private mutating func note(_ rule: String, _ message: String, tag: Tag?) {
        let location = RecordLocation(file: file, recordNumber: recordNumber, byteOffset: recordOffset)
        findings.append(Finding(.warning, rule, "record \(recordNumber): " + message, at: location, tag: tag))
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
