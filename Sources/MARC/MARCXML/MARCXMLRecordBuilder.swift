/// Turns the element events of one MARCXML document into records, repairing what it can and saying so.
/// Knows nothing of libxml2: it reads the events `MARCXMLParser` recorded, `MARCXMLReader` takes the
/// finished results. A struct, so that one `consume` call is one exclusive access and the per-element work
/// has no runtime exclusivity checks.
///
/// Elements are tracked by depth, not by name: a well-formed document closes what it opened, so the end
/// tag at the depth where a record, field or leaf began closes it.
struct MARCXMLRecordBuilder {
    let file: String
    /// Findings about the document outside any record (stray fields, parser warnings between records).
    private(set) var documentFindings: [Finding] = []

    private var results: [RecordResult] = []
    private var resultHead = 0
    private var depth = 0

    // The record in progress.
    private(set) var recordDepth = 0
    private(set) var recordNumber = 0
    private(set) var location: RecordLocation
    private var leader: Leader?
    private var fields: [Field] = []
    private var findings: [Finding] = []
    private var ascii = true

    // The data field in progress (fieldDepth 0: none).
    private var fieldDepth = 0
    private var fieldTag = Tag(0x20, 0x20, 0x20)
    private var indicator1 = Field.blank
    private var indicator2 = Field.blank
    private var subfields: [Subfield] = []

    // The element whose text is being gathered (leafDepth 0: none).
    private enum Leaf {
        case leader, controlfield(Tag), subfield(UInt8)
    }
    private var leaf = Leaf.leader
    private var leafDepth = 0
    /// The leaf's text when it came in one piece: a view into the batch being consumed (the usual case, no copy).
    private var pendingText: UnsafeBufferPointer<UInt8>?
    /// The leaf's text when it came in several pieces or spans two batches.
    private var text: [UInt8] = []
    private var nfc = NFCCache()

    init(file: String) {
        self.file = file
        location = RecordLocation(file: file, recordNumber: 0, byteOffset: 0)
        text.reserveCapacity(4096)
    }

    var inRecord: Bool { recordDepth != 0 }

    /// The next finished result, oldest first.
    mutating func popResult() -> RecordResult? {
        guard resultHead < results.count else { return nil }
        var result = MARCXMLRecordBuilder.placeholder
        swap(&result, &results[resultHead])  // moved out: no retain now, no release at removeAll
        resultHead += 1
        if resultHead == results.count {
            results.removeAll(keepingCapacity: true)
            resultHead = 0
        }
        return result
    }

    /// What a handed-out slot of `results` holds: made only of empty values, so it costs no reference counting.
    private static let placeholder = RecordResult.failure(
        UnreadableRecord(location: RecordLocation(file: "", recordNumber: 0, byteOffset: 0), reason: "", rawBytes: []))

    // MARK: - Events

    /// Builds records from a batch of events; the finished ones wait for `popResult()`.
    mutating func consume(_ events: MARCXMLEvents) {
        var cursor = MARCXMLEventCursor(events.bytes)
        while !cursor.atEnd {
            switch MARCXMLEvents.Op(rawValue: cursor.take(UInt8.self)) {
            case .start:
                let kind = cursor.take(UInt8.self)
                let flags = cursor.take(UInt8.self)
                var position = (offset: 0, line: 0)
                if flags & 1 != 0 {
                    position.offset = cursor.take(Int.self)
                    position.line = cursor.take(Int.self)
                }
                var attributes = MARCXMLAttributes()
                if flags & 0x10 != 0 { attributes.tag = cursor.takeBytes() }
                if flags & 0x20 != 0 { attributes.ind1 = cursor.takeBytes() }
                if flags & 0x40 != 0 { attributes.ind2 = cursor.takeBytes() }
                if flags & 0x80 != 0 { attributes.code = cursor.takeBytes() }
                let element = MARCXMLName.Element(eventKind: kind)
                let name = element == nil ? cursor.takeBytes() : nil
                start(element, name: name, attributes: attributes, position: position)
            case .end:
                end()
            case .text:
                characters(cursor.takeBytes())
            case .message:
                let message = events.messages[Int(cursor.take(Int32.self))]
                parserMessage(message.severity, message.text, at: (message.offset, message.line))
            case nil:
                preconditionFailure("corrupt MARCXML event batch")
            }
        }
        // The batch is freed after this call: text still gathering is copied out of it.
        if let pending = pendingText {
            text.append(contentsOf: pending)
            pendingText = nil
        }
    }

    /// A start tag: a MARC element or another one (`name`). `position` is the offset and line of its `<`,
    /// known for records and for MARC elements outside a record (the parser sees to that).
    private mutating func start(_ element: MARCXMLName.Element?, name: UnsafeBufferPointer<UInt8>?,
                                attributes: MARCXMLAttributes, position: (offset: Int, line: Int)) {
        depth += 1
        guard inRecord else {
            switch element {
            case .record: beginRecord(at: position, renumber: true)
            case nil, .collection, .subfield: break
            case .leader, .controlfield, .datafield:
                documentFindings.append(Finding(.warning, "marcxml.outside-record",
                    "<\(MARCXMLRecordBuilder.displayName(element, name))> outside any <record> ignored", at: documentLocation(position)))
            }
            return
        }
        if leafDepth != 0 {
            note(.warning, "marcxml.misplaced-element", "<\(MARCXMLRecordBuilder.displayName(element, name))> inside a leader, control field or subfield: its text is kept, the element is not")
            return
        }
        switch element {
        case .record:
            if leader == nil && fields.isEmpty && fieldDepth == 0 && findings.isEmpty {
                beginRecord(at: position, renumber: false)  // an outer element that was only named "record"
            } else {
                note(.warning, "marcxml.misplaced-element", "<record> inside a record ignored")
            }
        case .collection:
            note(.warning, "marcxml.misplaced-element", "<collection> inside a record ignored")
        case .leader:
            beginLeaf(.leader)
        case .controlfield:
            if fieldDepth != 0 { finishDatafield() }
            let (tag, repair) = MARCXMLRepair.tag(attributes.tag)
            if let repair { note(.warning, "marcxml.tag", "control field " + repair, tag: tag) }
            beginLeaf(.controlfield(tag))
        case .datafield:
            if fieldDepth != 0 { finishDatafield() }
            openDatafield(attributes)
        case .subfield:
            guard fieldDepth != 0 else {
                note(.warning, "marcxml.misplaced-element", "<subfield> outside a data field ignored")
                return
            }
            let (code, repair) = MARCXMLRepair.code(attributes.code)
            if let repair { note(.warning, "marcxml.subfield-code", repair, tag: fieldTag) }
            beginLeaf(.subfield(code))
        case nil:
            note(.warning, "marcxml.unknown-element", "unknown element <\(MARCXMLRecordBuilder.displayName(element, name))> ignored")
        }
    }

    /// An end tag.
    private mutating func end() {
        defer { depth -= 1 }
        if depth == leafDepth {
            finishLeaf()
        } else if depth == fieldDepth {
            finishDatafield()
        } else if depth == recordDepth {
            finishRecord()
        }
    }

    /// Character data (also CDATA and whitespace libxml2 calls ignorable), valid while the batch is.
    @inline(__always)
    private mutating func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard leafDepth != 0 else { return }
        if let pending = pendingText {
            text.append(contentsOf: pending)
            pendingText = nil
        }
        if text.isEmpty { pendingText = bytes } else { text.append(contentsOf: bytes) }
    }

    /// A warning or recoverable error from the parser: a finding on the record in progress, or on the document.
    private mutating func parserMessage(_ severity: Finding.Severity, _ message: String, at position: (offset: Int, line: Int)) {
        let rule = severity == .error ? "marcxml.parser-error" : "marcxml.parser-warning"
        if inRecord {
            note(severity, rule, message)
        } else {
            documentFindings.append(Finding(severity, rule, message, at: documentLocation(position)))
        }
    }

    /// The parser stopped on a fatal error: the record in progress, if any, becomes unreadable.
    mutating func failRecordInProgress(reason: String, rawBytes: [UInt8]) {
        guard inRecord else { return }
        results.append(.failure(UnreadableRecord(location: location, reason: reason, rawBytes: rawBytes)))
        resetRecord()
    }

    /// A record whose start tag the parser never finished (the error is in it): it still takes a number.
    mutating func failUnstartedRecord(at position: (offset: Int, line: Int), reason: String, rawBytes: [UInt8]) {
        resetRecord()
        recordNumber += 1
        let location = RecordLocation(file: file, recordNumber: recordNumber, byteOffset: position.offset, line: position.line)
        results.append(.failure(UnreadableRecord(location: location, reason: reason, rawBytes: rawBytes)))
    }

    /// Bytes outside any record that the parser could not read: an unreadable chunk numbered like a document
    /// finding (the last record begun), or only a document finding when they are all whitespace.
    mutating func failOutsideRecord(at position: (offset: Int, line: Int), reason: String, rawBytes: [UInt8]) {
        let location = documentLocation(position)
        if rawBytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            documentFindings.append(Finding(.error, "marcxml.parser-fatal", reason, at: location))
        } else {
            results.append(.failure(UnreadableRecord(location: location, reason: "outside any record: " + reason, rawBytes: rawBytes)))
        }
    }

    /// A fresh parser takes over: what the old one left open never closes.
    mutating func restart() {
        resetRecord()
        depth = 0
    }

    // MARK: - Building

    private mutating func beginRecord(at position: (offset: Int, line: Int), renumber: Bool) {
        if renumber { recordNumber += 1 }
        resetRecord()
        recordDepth = depth
        location = RecordLocation(file: file, recordNumber: recordNumber, byteOffset: position.offset, line: position.line)
    }

    private mutating func resetRecord() {
        recordDepth = 0
        fieldDepth = 0
        leafDepth = 0
        leader = nil
        fields = []
        fields.reserveCapacity(MARCXMLRecordBuilder.fieldsReserved)
        findings = []
        ascii = true
        subfields = []
        clearText()
    }

    /// Enough for most records (LoC's have 10–30 fields) in one allocation. Not 32: 32 fields of 32 bytes and
    /// the array header ask glibc for more than 1008 bytes, a large-bin request, and every such request first
    /// consolidates all freed small chunks (the freed records' strings): a cost paid again for every record.
    private static let fieldsReserved = 30

    private mutating func beginLeaf(_ kind: Leaf) {
        leaf = kind
        leafDepth = depth
        clearText()
    }

    private mutating func openDatafield(_ attributes: MARCXMLAttributes) {
        let (tag, tagRepair) = MARCXMLRepair.tag(attributes.tag)
        if let tagRepair { note(.warning, "marcxml.tag", "data field " + tagRepair, tag: tag) }
        let (ind1, repair1) = MARCXMLRepair.indicator(attributes.ind1, name: "ind1")
        if let repair1 { note(.warning, "marcxml.indicator", repair1, tag: tag) }
        let (ind2, repair2) = MARCXMLRepair.indicator(attributes.ind2, name: "ind2")
        if let repair2 { note(.warning, "marcxml.indicator", repair2, tag: tag) }
        fieldTag = tag
        indicator1 = ind1
        indicator2 = ind2
        subfields = []
        subfields.reserveCapacity(8)  // one allocation for most fields instead of growing 1, 2, 4, 8
        fieldDepth = depth
    }

    private mutating func finishLeaf() {
        leafDepth = 0
        switch leaf {
        case .leader:
            guard leader == nil else {
                note(.warning, "marcxml.leader", "a second <leader> ignored")
                return
            }
            let bytes = pendingText.map(Array.init) ?? text
            clearText()
            let (repaired, repair) = MARCXMLRepair.leader(bytes)
            if let repair { note(.warning, "marcxml.leader", repair) }
            if bytes.contains(where: { $0 >= 0x80 }) { ascii = false }
            leader = repaired
        case let .controlfield(tag):
            let value = takeValue()
            if tag.isControlField {
                fields.append(Field(tag: tag, value: value))
            } else {
                note(.warning, "marcxml.controlfield-tag", "<controlfield> with the data field tag \(tag): read as a data field with blank indicators and the value in $a", tag: tag)
                fields.append(Field(tag: tag, subfields: [Subfield(code: UInt8(ascii: "a"), value: value)]))
            }
        case let .subfield(code):
            subfields.append(Subfield(code: code, value: takeValue()))
        }
    }

    private mutating func finishDatafield() {
        fieldDepth = 0
        if fieldTag.isControlField {
            let value = subfields.map(\.value).joined()
            note(.warning, "marcxml.datafield-tag", "<datafield> with the control field tag \(fieldTag): read as a control field holding its \(subfields.count) subfield value(s) run together", tag: fieldTag)
            fields.append(Field(tag: fieldTag, value: value))
        } else {
            var taken: [Subfield] = []
            swap(&taken, &subfields)  // a move: no retain/release of the array
            fields.append(Field(tag: fieldTag, indicator1: indicator1, indicator2: indicator2, subfields: taken))
        }
        subfields = []
    }

    private mutating func finishRecord() {
        if fieldDepth != 0 { finishDatafield() }
        let finalLeader: Leader
        if let leader {
            finalLeader = leader
        } else {
            note(.warning, "marcxml.leader", "record has no <leader>; one with only the structural positions was made: \"\(MARCXMLRepair.structuralLeader.text)\"")
            finalLeader = MARCXMLRepair.structuralLeader
        }
        var takenFields: [Field] = [], takenFindings: [Finding] = []
        swap(&takenFields, &fields)
        swap(&takenFindings, &findings)
        let read = ReadRecord(record: Record(leader: finalLeader, fields: takenFields), location: location,
                              encoding: ascii ? .ascii : .utf8, findings: takenFindings)
        results.append(.success(read))
        resetRecord()
    }

    /// The gathered text as an NFC `String`. One pass finds the largest byte: below 0x80 the text is ASCII,
    /// below 0xCC (U+0300) it is already NFC; above, `nfc` composes it (catalogue text with decomposed
    /// diacritics repeats the same few clusters).
    private mutating func takeValue() -> String {
        let (value, isASCII) = if let pending = pendingText {
            MARCXMLRecordBuilder.value(pending, nfc: &nfc)
        } else {
            text.withUnsafeBufferPointer { MARCXMLRecordBuilder.value($0, nfc: &nfc) }
        }
        clearText()
        if !isASCII { ascii = false }
        return value
    }

    /// The bytes (UTF-8, as libxml2 delivers text) as an NFC `String`, and whether they are ASCII.
    @inline(__always)
    private static func value(_ bytes: UnsafeBufferPointer<UInt8>, nfc: inout NFCCache) -> (String, isASCII: Bool) {
        var largest: UInt8 = 0
        for byte in bytes { largest = max(largest, byte) }  // a loop the compiler vectorises
        if largest < 0xCC { return (String(decoding: bytes, as: UTF8.self), largest < 0x80) }
        return (nfc.normalize(bytes), false)
    }

    private mutating func clearText() {
        pendingText = nil
        if !text.isEmpty { text.removeAll(keepingCapacity: true) }
    }

    /// An element's name for messages.
    private static func displayName(_ element: MARCXMLName.Element?, _ name: UnsafeBufferPointer<UInt8>?) -> String {
        if let element { return "\(element)" }
        return name.map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    private mutating func note(_ severity: Finding.Severity, _ rule: String, _ message: String, tag: Tag? = nil) {
        findings.append(Finding(severity, rule, message, at: location, tag: tag))
    }

    /// Where a document finding is: the position in the file, and the number of the last record begun
    /// (0 before the first).
    private func documentLocation(_ position: (offset: Int, line: Int)) -> RecordLocation {
        RecordLocation(file: file, recordNumber: recordNumber, byteOffset: position.offset, line: position.line)
    }
}
