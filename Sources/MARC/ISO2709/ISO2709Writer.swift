/// Writes records as ISO 2709 in UTF-8 (leader/09 `a`), lengths counted in bytes.
///
/// A record over 99,999 bytes or a field over 9,999 bytes cannot be written without losing data: that is a
/// thrown error naming the record, never a silent cut. Bytes that would break the structure (record, field and
/// subfield separators inside a value) are written as spaces and reported in `findings`.
public struct ISO2709Writer: RecordWriter {
    private let output: ByteOutput
    public private(set) var findings: [Finding] = []
    private var recordNumber = 0
    private var directory: [UInt8] = []
    private var data: [UInt8] = []

    public init(output: ByteOutput) {
        self.output = output
    }

    public mutating func write(_ record: Record) throws {
        recordNumber += 1
        directory.removeAll(keepingCapacity: true)
        data.removeAll(keepingCapacity: true)
        for field in record.fields {
            let start = data.count
            if field.isControlField {
                appendValue(field.value, tag: field.tag)
            } else {
                data.append(field.indicator1)
                data.append(field.indicator2)
                for subfield in field.subfields {
                    data.append(ISO2709.subfieldDelimiter)
                    data.append(subfield.code)
                    appendValue(subfield.value, tag: field.tag)
                }
            }
            data.append(ISO2709.fieldTerminator)
            let length = data.count - start
            guard length <= ISO2709.maxFieldLength else {
                throw MARCError.recordTooLarge(recordID: identify(record), reason: "field \(field.tag) is \(length) bytes; ISO2709 allows \(ISO2709.maxFieldLength)")
            }
            guard start <= ISO2709.maxRecordLength else { break }  // caught by the record length check below
            directory.append(contentsOf: field.tag.bytes)
            appendDigits(length, count: 4, to: &directory)
            appendDigits(start, count: 5, to: &directory)
        }
        let base = ISO2709.leaderLength + directory.count + 1
        let total = base + data.count + 1
        guard total <= ISO2709.maxRecordLength else {
            throw MARCError.recordTooLarge(recordID: identify(record), reason: "it would be \(total) bytes; ISO2709 allows \(ISO2709.maxRecordLength)")
        }
        var leader = record.leader
        leader.setNumber(total, at: 0)
        leader.characterCoding = 0x61
        leader[10] = 0x32
        leader[11] = 0x32
        leader.setNumber(base, at: 12)
        for (offset, byte) in "4500".utf8.enumerated() { leader[20 + offset] = byte }
        try output.write(leader.bytes)
        try output.write(directory)
        try output.write(ISO2709.fieldTerminator)
        try output.write(data)
        try output.write(ISO2709.recordTerminator)
    }

    public mutating func finish() throws { try output.close() }

    private mutating func appendValue(_ value: String, tag: Tag) {
        let start = data.count
        data.append(contentsOf: value.utf8)
        let clean = data.withUnsafeBufferPointer { all in
            !all[start...].contains { $0 >= 0x1D && $0 <= 0x1F }
        }
        if clean { return }
        for index in start..<data.count where data[index] == 0x1D || data[index] == 0x1E || data[index] == 0x1F {
            findings.append(Finding(.warning, "iso2709.separator-in-data", "a separator byte 0x\(String(data[index], radix: 16, uppercase: true)) inside the data was written as a space",
                                    at: RecordLocation(file: output.name, recordNumber: recordNumber, byteOffset: 0), tag: tag))
            data[index] = 0x20
        }
    }

    private func identify(_ record: Record) -> String {
        let id = record.controlValue("001").map { "001 \($0)" } ?? "without 001"
        return "#\(recordNumber) (\(id))"
    }

    private func appendDigits(_ value: Int, count: Int, to bytes: inout [UInt8]) {
        var divisor = 1
        for _ in 1..<count { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            bytes.append(UInt8(0x30 + rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }
}
