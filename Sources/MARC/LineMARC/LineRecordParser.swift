/// Turns the physical lines of one framed record into a record: joins Libra's `^` continuations, parses each
/// field line, then decodes all values with the record's character set.
struct LineRecordParser {
    let format: LineMARCFormat
    let location: RecordLocation

    /// `lines` are one record's lines as framed by `LineMARCReader`; `rawBytes` are the same lines as they stood.
    func parse(_ lines: [PhysicalLine], decoder: inout TextDecoder) -> RecordResult {
        var findings: [Finding] = []
        let logical = joinContinuations(lines, findings: &findings)
        let parser = LineFieldParser(format: format)
        var leader: [UInt8]?
        var fields: [(raw: RawLineField, line: LogicalLine)] = []
        var stray = 0
        for line in logical {
            var notes: [LineFieldParser.Note] = []
            let parsed = parser.parse(line, notes: &notes)
            let here = at(line)
            var tag: Tag?
            if case .field(let raw) = parsed { tag = raw.tag }
            findings += notes.map { Finding($0.severity, $0.rule, $0.message, at: here, tag: tag) }
            switch parsed {
            case .leader(let bytes):
                if leader != nil {
                    findings.append(Finding(.warning, "line.extra-leader", "a second leader in the record was ignored", at: here))
                } else {
                    leader = bytes
                }
            case .field(let raw):
                fields.append((raw, line))
            case .stray(let reason):
                stray += 1
                findings.append(Finding(.warning, "line.stray-text", "\(reason); its text \"\(line.quote())\" was not read", at: here))
            }
        }
        guard leader != nil || !fields.isEmpty else {
            let reason = stray > 0
                ? "no leader and no field lines: \(stray) line(s) of other text, starting \"\(logical[0].quote())\""
                : "no leader and no field lines"
            return .failure(UnreadableRecord(location: location, reason: reason, rawBytes: lines.flatMap(\.rawBytes)))
        }
        let recordLeader = makeLeader(leader, findings: &findings)
        if fields.isEmpty {
            findings.append(Finding(.warning, "line.no-fields", "the record has a leader but no fields", at: location))
        }
        let decoded = decode(fields, leader: recordLeader, decoder: &decoder, findings: &findings)
        return .success(ReadRecord(record: Record(leader: recordLeader, fields: decoded), location: location,
                                   encoding: decoder.encoding, findings: findings))
    }

    /// Libra's rule: a line ending in `^` goes on in the next line, unless it is the record's last line (the
    /// next line is `*000`, or the input ends): there the `^` ends the record. `**` lines are skipped, quietly
    /// when they hold only asterisks and blanks (separator rules), with a finding otherwise.
    private func joinContinuations(_ lines: [PhysicalLine], findings: inout [Finding]) -> [LogicalLine] {
        var result: [LogicalLine] = []
        var continuing = false
        let lastContent = lines.lastIndex { !$0.isBlank && !LineMARCFormat.isJunk($0.bytes) } ?? -1
        for (index, line) in lines.enumerated() {
            var bytes = line.bytes
            if !continuing {
                if line.isBlank { continue }
                if format == .libra && LineMARCFormat.isJunk(bytes) {
                    if !bytes.allSatisfy({ $0 == LineMARCFormat.star || $0 == LineMARCFormat.space }) {
                        findings.append(Finding(.info, "line.junk", "skipped the comment line \"\(LogicalLine(line).quote())\"",
                                                at: at(line)))
                    }
                    continue
                }
            }
            var ends = false
            if format == .libra && bytes.last == LineMARCFormat.caret {
                bytes.removeLast()
                ends = index >= lastContent
            }
            var trimmed = line
            trimmed.bytes = bytes
            if continuing { result[result.count - 1].join(trimmed) } else { result.append(LogicalLine(trimmed)) }
            continuing = format == .libra && line.bytes.last == LineMARCFormat.caret && !ends
        }
        return result
    }

    private func makeLeader(_ bytes: [UInt8]?, findings: inout [Finding]) -> Leader {
        guard var bytes else {
            findings.append(Finding(.warning, "line.missing-leader",
                                    "the record has no leader line; a default bibliographic leader was assumed", at: location))
            return .defaultBibliographic
        }
        if bytes.count == Leader.length + 1 && bytes.first == LineMARCFormat.space { bytes.removeFirst() }
        if let leader = Leader(validating: bytes) { return leader }
        findings.append(Finding(.warning, "line.leader-length",
                                "the leader has \(bytes.count) characters instead of 24; cut or padded with blanks", at: location))
        return Leader(repairing: bytes)
    }

    private func decode(_ fields: [(raw: RawLineField, line: LogicalLine)], leader: Leader,
                        decoder: inout TextDecoder, findings: inout [Finding]) -> [Field] {
        var text: [UInt8] = []
        for (raw, _) in fields {
            text += raw.value
            for subfield in raw.subfields { text += subfield.value }
        }
        if let finding = text.withUnsafeBufferPointer({ decoder.beginRecord(text: $0, leaderClaim: leader.characterCoding) }) {
            var located = finding
            located.location = location
            findings.append(located)
        }
        var result: [Field] = []
        result.reserveCapacity(fields.count)
        for (raw, line) in fields {
            decoder.beginField()
            if raw.isControlField {
                let value = decodeValue(raw.value, start: raw.valueStart, tag: raw.tag, code: nil, line: line,
                                        decoder: &decoder, findings: &findings)
                result.append(Field(tag: raw.tag, value: value))
            } else {
                let subfields = raw.subfields.map { subfield in
                    Subfield(code: subfield.code,
                             value: decodeValue(subfield.value, start: subfield.start, tag: raw.tag, code: subfield.code,
                                                line: line, decoder: &decoder, findings: &findings))
                }
                result.append(Field(tag: raw.tag, indicator1: raw.indicator1, indicator2: raw.indicator2, subfields: subfields))
            }
        }
        return result
    }

    private func decodeValue(_ bytes: [UInt8], start: Int, tag: Tag, code: UInt8?, line: LogicalLine,
                             decoder: inout TextDecoder, findings: inout [Finding]) -> String {
        var undecodable: [Int] = []
        let value = bytes.withUnsafeBufferPointer { decoder.decode($0, undecodable: &undecodable) }
        for offset in undecodable {
            let position = line.position(of: start + offset)
            let name = code.map { "\(tag) $\(UnicodeScalar($0))" } ?? "\(tag)"
            let byte = bytes[offset]
            var here = location
            here.byteOffset = position.offset
            here.line = position.line
            findings.append(Finding(.warning, "charset.undecodable",
                                    "byte 0x\(String(byte, radix: 16, uppercase: true)) at offset \(offset) of \(name) cannot be decoded as \(decoder.encoding.rawValue); it stands as U+FFFD",
                                    at: here, tag: tag))
        }
        return value
    }

    private func at(_ line: LogicalLine) -> RecordLocation {
        var here = location
        here.byteOffset = line.segments[0].offset
        here.line = line.segments[0].line
        return here
    }

    private func at(_ line: PhysicalLine) -> RecordLocation {
        var here = location
        here.byteOffset = line.offset
        here.line = line.number
        return here
    }
}
