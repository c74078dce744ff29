/// Writes records as ISO 2709 in UTF-8 (leader/09 `a`), lengths counted in bytes.
///
/// A record over 99,999 bytes or a field over 9,999 bytes cannot be written without losing data: that is a
/// thrown error naming the record, never a silent cut. Bytes that would break the structure (record, field and
/// subfield separators inside a value) are written as spaces and reported in `findings`.
public struct ISO2709Writer: RecordWriter {
    private let output: ByteOutput
    public private(set) var findings: [Finding] = []
    private var recordNumber = 0
    /// Bytes written before the current record: where findings point.
    private var bytesWritten = 0
    /// The record being assembled: leader, directory, then data. The directory's size is known from the
    /// field count before any data is written, so everything goes into one buffer, written out once.
    private var bytes: [UInt8] = []

    public init(output: ByteOutput) {
        self.output = output
    }

    public mutating func write(_ record: Record) throws {
        recordNumber += 1
        let fieldCount = record.fields.count
        let base = ISO2709.leaderLength + ISO2709.directoryEntryLength * fieldCount + 1
        bytes.removeAll(keepingCapacity: true)
        bytes.append(contentsOf: repeatElement(0, count: base))
        var entry = ISO2709.leaderLength
        for index in 0..<fieldCount {
            let start = bytes.count
            let tag = record.fields[index].tag
            if tag.isControlField {
                appendValue(record.fields[index].value, tag: tag)
            } else {
                bytes.append(record.fields[index].indicator1)
                bytes.append(record.fields[index].indicator2)
                let subfieldCount = record.fields[index].subfields.count
                for position in 0..<subfieldCount {
                    bytes.append(ISO2709.subfieldDelimiter)
                    bytes.append(record.fields[index].subfields[position].code)
                    appendValue(record.fields[index].subfields[position].value, tag: tag)
                }
            }
            bytes.append(ISO2709.fieldTerminator)
            let length = bytes.count - start
            guard length <= ISO2709.maxFieldLength else {
                throw MARCError.recordTooLarge(recordID: identify(record), reason: "field \(tag) is \(length) bytes; ISO2709 allows \(ISO2709.maxFieldLength)")
            }
            let offset = start - base
            guard offset <= ISO2709.maxRecordLength else { break }  // caught by the record length check below
            bytes[entry] = UInt8(truncatingIfNeeded: tag.packed >> 16)
            bytes[entry + 1] = UInt8(truncatingIfNeeded: tag.packed >> 8)
            bytes[entry + 2] = UInt8(truncatingIfNeeded: tag.packed)
            putDigits(length, count: 4, at: entry + 3)
            putDigits(offset, count: 5, at: entry + 7)
            entry += ISO2709.directoryEntryLength
        }
        bytes[base - 1] = ISO2709.fieldTerminator
        bytes.append(ISO2709.recordTerminator)
        let total = bytes.count
        guard total <= ISO2709.maxRecordLength else {
            throw MARCError.recordTooLarge(recordID: identify(record), reason: "it would be \(total) bytes; ISO2709 allows \(ISO2709.maxRecordLength)")
        }
        for position in 0..<ISO2709.leaderLength { bytes[position] = record.leader[position] }
        putDigits(total, count: 5, at: 0)
        bytes[9] = 0x61  // UTF-8
        bytes[10] = 0x32
        bytes[11] = 0x32
        putDigits(base, count: 5, at: 12)
        bytes[20] = 0x34
        bytes[21] = 0x35
        bytes[22] = 0x30
        bytes[23] = 0x30
        try bytes.withUnsafeBytes { try output.write($0) }
        bytesWritten += total
    }

    public mutating func finish() throws { try output.close() }

    private mutating func appendValue(_ value: String, tag: Tag) {
        let start = bytes.count
        // Native strings hand out their UTF-8 without a copy; only bridged ones take the slow path.
        if value.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
            bytes.append(contentsOf: value.utf8)
        }
        let clean = bytes.withUnsafeBufferPointer { all in
            !all[start...].contains { $0 >= 0x1D && $0 <= 0x1F }
        }
        if clean { return }
        for index in start..<bytes.count where bytes[index] >= 0x1D && bytes[index] <= 0x1F {
            findings.append(Finding(.warning, "iso2709.separator-in-data", "a separator byte 0x\(String(bytes[index], radix: 16, uppercase: true)) inside the data was written as a space",
                                    at: RecordLocation(file: output.name, recordNumber: recordNumber, byteOffset: bytesWritten), tag: tag))
            bytes[index] = 0x20
        }
    }

    private func identify(_ record: Record) -> String {
        let id = record.controlValue("001").map { "001 \($0)" } ?? "without 001"
        return "#\(recordNumber) (\(id))"
    }

    /// Writes `value` as `count` zero-padded digits at `offset`.
    private mutating func putDigits(_ value: Int, count: Int, at offset: Int) {
        var rest = value
        for index in stride(from: offset + count - 1, through: offset, by: -1) {
            bytes[index] = UInt8(truncatingIfNeeded: 0x30 + rest % 10)
            rest /= 10
        }
    }
}

extension ISO2709Writer {
    /// Why `record` cannot be ISO 2709 (a field over 9,999 bytes, the record over 99,999), or nil when it fits.
    /// For callers that must know before writing, such as a MARCXML catalogue bound for an importer that
    /// re-saves each record as ISO 2709.
    public static func sizeProblem(_ record: Record) -> String? {
        var total = ISO2709.leaderLength + ISO2709.directoryEntryLength * record.fields.count + 2
        for field in record.fields {
            var length = 1
            if field.isControlField {
                length += field.value.utf8.count
            } else {
                length += 2
                for subfield in field.subfields { length += 2 + subfield.value.utf8.count }
            }
            if length > ISO2709.maxFieldLength { return "field \(field.tag) is \(length) bytes; ISO2709 allows \(ISO2709.maxFieldLength)" }
            total += length
        }
        return total > ISO2709.maxRecordLength ? "it would be \(total) bytes; ISO2709 allows \(ISO2709.maxRecordLength)" : nil
    }
}
