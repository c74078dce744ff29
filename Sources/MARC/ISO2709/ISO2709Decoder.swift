/// Turns one raw ISO 2709 record into a `Record`, repairing what can be repaired and saying what was repaired.
///
/// Tolerated: a wrong base address (the directory ends at the first field terminator), a directory that is not
/// a whole number of entries, entries whose length or start is wrong or points past the data (the field then
/// runs to its next terminator), missing field terminators, missing indicators, empty subfields.
struct ISO2709Decoder {
    var text: TextDecoder
    /// Reused from record to record: the directory's entries and a field's subfield delimiter positions.
    private var entries: [Entry] = []
    private var delimiters: [Int] = []

    init(encoding: EncodingChoice) { text = TextDecoder(choice: encoding) }

    mutating func decode(_ raw: UnsafeBufferPointer<UInt8>, location: RecordLocation, repairs: [String]) -> RecordResult {
        var findings = repairs.map { Finding(.warning, "iso2709.framing", $0, at: location) }
        func repaired(_ rule: String, _ message: String, tag: Tag? = nil) {
            findings.append(Finding(.warning, "iso2709.\(rule)", message, at: location, tag: tag))
        }
        func unreadable(_ reason: String) -> RecordResult {
            .failure(UnreadableRecord(location: location, reason: reason, rawBytes: Array(raw)))
        }

        guard raw.count > ISO2709.leaderLength else {
            return unreadable("only \(raw.count) bytes, too short for a leader and a directory")
        }
        var leader = Leader(repairing: raw[0..<ISO2709.leaderLength])
        // The directory runs from the leader to the first field terminator.
        guard let directoryEnd = ByteScan.first(ISO2709.fieldTerminator, in: raw, from: ISO2709.leaderLength) else {
            return unreadable("no field terminator: the directory never ends")
        }
        let base = directoryEnd + 1
        if let declared = ISO2709.number(raw, at: 12, count: 5), declared != base {
            repaired("base-address", "leader says the data starts at byte \(declared), but the directory ends at byte \(base)")
        }
        if leader[10] != 0x32 || leader[11] != 0x32 {
            // danMARC2 and others say 3 indicators or 2-byte codes here; MARC 21 always has 2 and 2.
            repaired("leader-structure", "leader/10-11 say \(Character(UnicodeScalar(leader[10])))\(Character(UnicodeScalar(leader[11]))) (indicator count, subfield code length), not MARC 21's 22; read as MARC 21")
        }
        let directoryLength = directoryEnd - ISO2709.leaderLength
        if directoryLength % ISO2709.directoryEntryLength != 0 {
            repaired("directory", "directory is \(directoryLength) bytes, not a whole number of 12-byte entries; the last \(directoryLength % 12) bytes were ignored")
        }
        var entries = self.entries
        self.entries = []
        defer { self.entries = entries }
        parseDirectory(raw, end: directoryEnd, base: base, into: &entries, repaired: repaired)
        guard !entries.isEmpty else { return unreadable("the directory holds no usable entries") }
        // A tag that is not three letters or digits can be written by no format (and Koha's reader refuses the whole
        // record): the field is set aside, its text kept in the finding.
        entries.removeAll { entry in
            guard !entry.tag.isAlphanumeric else { return false }
            let text = String(decoding: raw[entry.range].prefix(200), as: UTF8.self)
            findings.append(Finding(.error, "iso2709.bad-tag", "a directory entry's tag is not three letters or digits (bytes \(entry.tag.hexBytes)): its field was set aside: \"\(text)\"", at: location))
            return true
        }
        guard !entries.isEmpty else { return unreadable("the directory holds no entry with a usable tag") }

        let claim = leader.characterCoding
        if let mismatch = text.beginRecord(text: UnsafeBufferPointer(rebasing: raw[base...]), leaderClaim: claim) {
            findings.append(Finding(mismatch.severity, mismatch.rule, mismatch.message, at: location))
        }
        var fields: [Field] = []
        fields.reserveCapacity(entries.count)
        for entry in entries {
            let data = UnsafeBufferPointer(rebasing: raw[entry.range])
            text.beginField()
            guard var field = decodeField(entry.tag, data, location: location, findings: &findings) else { continue }
            for repair in FieldSanity.repair(&field) { repaired("unrepresentable-byte", repair, tag: field.tag) }
            fields.append(field)
        }
        leader.characterCoding = 0x61
        return .success(ReadRecord(record: Record(leader: leader, fields: fields), location: location, encoding: text.encoding, findings: findings))
    }

    struct Entry {
        var tag: Tag
        /// The field's bytes in the raw record, without its terminator.
        var range: Range<Int>
    }

    /// Reads the directory. An entry whose numbers are wrong falls back to "from its start to the next field
    /// terminator", and where even its start is unusable, to the field after the previous one.
    private func parseDirectory(
        _ raw: UnsafeBufferPointer<UInt8>, end: Int, base: Int, into entries: inout [Entry], repaired: (String, String, Tag?) -> Void
    ) {
        entries.removeAll(keepingCapacity: true)
        entries.reserveCapacity((end - ISO2709.leaderLength) / ISO2709.directoryEntryLength)
        var previousEnd = base
        var offset = ISO2709.leaderLength
        while offset + ISO2709.directoryEntryLength <= end {
            defer { offset += ISO2709.directoryEntryLength }
            let tag = Tag(raw[offset], raw[offset + 1], raw[offset + 2])
            let length = ISO2709.number(raw, at: offset + 3, count: 4)
            let start = ISO2709.number(raw, at: offset + 7, count: 5).map { base + $0 }
            var fieldStart = start ?? previousEnd
            if fieldStart >= raw.count {
                repaired("directory-entry", "directory entry starts the field at byte \(fieldStart) of a \(raw.count)-byte record; took the field after the previous one", tag)
                fieldStart = previousEnd
            } else if start == nil {
                repaired("directory-entry", "directory entry's start is not a number; took the field after the previous one", tag)
            }
            guard fieldStart < raw.count else {
                repaired("directory-entry", "no data left for the field; it was dropped", tag)
                continue
            }
            let declaredEnd = length.map { fieldStart + $0 }
            var fieldEnd: Int
            if let declaredEnd, declaredEnd <= raw.count, declaredEnd > fieldStart, raw[declaredEnd - 1] == ISO2709.fieldTerminator {
                fieldEnd = declaredEnd - 1
            } else {
                let terminator = raw[fieldStart...].firstIndex(of: ISO2709.fieldTerminator)
                    ?? raw[fieldStart...].firstIndex(of: ISO2709.recordTerminator) ?? raw.count
                fieldEnd = terminator
                let said = length.map { "\($0) bytes" } ?? "no number"
                repaired("field-length", "directory gives the field \(said); it runs \(fieldEnd - fieldStart + 1) bytes to its terminator", tag)
            }
            if fieldEnd < fieldStart { fieldEnd = fieldStart }
            entries.append(Entry(tag: tag, range: fieldStart..<fieldEnd))
            previousEnd = min(raw.count, fieldEnd + 1)
        }
    }

    private mutating func decodeField(_ tag: Tag, _ data: UnsafeBufferPointer<UInt8>, location: RecordLocation, findings: inout [Finding]) -> Field? {
        var undecodable: [Int] = []
        if tag.isControlField {
            let value = text.decode(data, undecodable: &undecodable)
            report(undecodable, in: tag, code: nil, location: location, findings: &findings)
            return Field(tag: tag, value: value)
        }
        var indicator1 = Field.blank, indicator2 = Field.blank
        var cursor = 0
        // Indicators are the two bytes before the first delimiter; fewer means they are missing.
        let firstDelimiter = ByteScan.first(ISO2709.subfieldDelimiter, in: data) ?? data.count
        if firstDelimiter >= 2 {
            indicator1 = data[0]
            indicator2 = data[1]
            cursor = firstDelimiter
            if firstDelimiter > 2 {
                // Text before the first subfield: keep the indicators and report the text, never drop it silently.
                var ignored: [Int] = []
                let stray = text.decode(UnsafeBufferPointer(rebasing: data[2..<firstDelimiter]), undecodable: &ignored)
                findings.append(Finding(.warning, "iso2709.stray-data", "text before the first subfield was dropped: \"\(stray)\"", at: location, tag: tag))
            }
        } else {
            findings.append(Finding(.warning, "iso2709.indicators", "the field has \(firstDelimiter) indicator(s); blanks were assumed", at: location, tag: tag))
            if firstDelimiter == 1 { indicator1 = data[0] }
            cursor = firstDelimiter
        }
        // One pass finds every delimiter; each subfield then runs from its delimiter to the next one.
        var delimiters = self.delimiters
        self.delimiters = []
        defer { self.delimiters = delimiters }
        delimiters.removeAll(keepingCapacity: true)
        var position = cursor
        if cursor < data.count {  // the first delimiter, found above
            delimiters.append(cursor)
            position = cursor + 1
        }
        while let delimiter = ByteScan.first(ISO2709.subfieldDelimiter, in: data, from: position) {
            delimiters.append(delimiter)
            position = delimiter + 1
        }
        delimiters.append(data.count)
        var subfields: [Subfield] = []
        subfields.reserveCapacity(delimiters.count - 1)
        for number in 0..<delimiters.count - 1 {
            let codeIndex = delimiters[number] + 1
            let next = delimiters[number + 1]
            guard codeIndex < next else {
                findings.append(Finding(.info, "iso2709.empty-subfield", "an empty subfield (delimiter without a code) was dropped", at: location, tag: tag))
                continue
            }
            let code = data[codeIndex]
            let valueBytes = UnsafeBufferPointer(rebasing: data[(codeIndex + 1)..<next])
            let before = undecodable.count
            let value = text.decode(valueBytes, undecodable: &undecodable)
            if undecodable.count > before {
                report(Array(undecodable[before...]), in: tag, code: code, location: location, findings: &findings)
                undecodable.removeSubrange(before...)
            }
            subfields.append(Subfield(code: code, value: value))
        }
        return Field(tag: tag, indicator1: indicator1, indicator2: indicator2, subfields: subfields)
    }

    private func report(_ offsets: [Int], in tag: Tag, code: UInt8?, location: RecordLocation, findings: inout [Finding]) {
        guard !offsets.isEmpty else { return }
        let place = code.map { "$\(UnicodeScalar($0))" } ?? "value"
        let shown = offsets.prefix(5).map(String.init).joined(separator: ", ")
        let more = offsets.count > 5 ? " and \(offsets.count - 5) more" : ""
        findings.append(Finding(
            .warning, "charset.undecodable",
            "\(offsets.count) byte(s) in \(place) could not be decoded as \(text.encoding.displayName) (at offset \(shown)\(more) of the value); each stands as U+FFFD",
            at: location, tag: tag))
    }
}
