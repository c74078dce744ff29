/// Turns the element events of one MARCXML document into records, repairing what it can and saying so.
/// Knows nothing of libxml2: `MARCXMLParser` feeds it, `MARCXMLReader` takes the finished results.
///
/// Elements are tracked by depth, not by name: a well-formed document closes what it opened, so the end
/// tag at the depth where a record, field or leaf began closes it.
final class MARCXMLRecordBuilder {
    let file: String
    /// Findings about the document outside any record (stray fields, parser warnings between records).
    private(set) var documentFindings: [Finding] = []

    private var results: [RecordResult] = []
    private var resultHead = 0
    private var namespace = SlimNamespaceMatcher()
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
    private var text: [UInt8] = []

    init(file: String) {
        self.file = file
        location = RecordLocation(file: file, recordNumber: 0, byteOffset: 0)
        text.reserveCapacity(4096)
    }

    var inRecord: Bool { recordDepth != 0 }

    /// The next finished result, oldest first.
    func popResult() -> RecordResult? {
        guard resultHead < results.count else { return nil }
        let result = results[resultHead]
        resultHead += 1
        if resultHead == results.count {
            results.removeAll(keepingCapacity: true)
            resultHead = 0
        }
        return result
    }

    // MARK: - Events

    /// A start tag. `locate` gives the byte offset and line of its `<`; it is asked only for records.
    func start(_ name: UnsafePointer<UInt8>, uri: UnsafePointer<UInt8>?, attributes: MARCXMLAttributes,
               locate: () -> (offset: Int, line: Int)) {
        depth += 1
        let element = namespace.accepts(uri) ? MARCXMLName.element(name) : nil
        guard inRecord else {
            switch element {
            case .record: beginRecord(at: locate(), renumber: true)
            case nil, .collection, .subfield: break
            case .leader, .controlfield, .datafield:
                documentFindings.append(Finding(.warning, "marcxml.outside-record",
                    "<\(String(cString: name))> outside any <record> ignored", at: documentLocation(locate())))
            }
            return
        }
        if leafDepth != 0 {
            note(.warning, "marcxml.misplaced-element", "<\(String(cString: name))> inside a leader, control field or subfield: its text is kept, the element is not")
            return
        }
        switch element {
        case .record:
            if leader == nil && fields.isEmpty && fieldDepth == 0 && findings.isEmpty {
                beginRecord(at: locate(), renumber: false)  // an outer element that was only named "record"
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
            note(.warning, "marcxml.unknown-element", "unknown element <\(String(cString: name))> ignored")
        }
    }

    /// An end tag.
    func end() {
        defer { depth -= 1 }
        if depth == leafDepth {
            finishLeaf()
        } else if depth == fieldDepth {
            finishDatafield()
        } else if depth == recordDepth {
            finishRecord()
        }
    }

    /// Character data (also CDATA and whitespace libxml2 calls ignorable).
    @inline(__always)
    func characters(_ bytes: UnsafePointer<UInt8>, count: Int) {
        guard leafDepth != 0 else { return }
        text.append(contentsOf: UnsafeBufferPointer(start: bytes, count: count))
    }

    /// A warning or recoverable error from the parser: a finding on the record in progress, or on the document.
    func parserMessage(_ severity: Finding.Severity, _ message: String, at position: (offset: Int, line: Int)) {
        let rule = severity == .error ? "marcxml.parser-error" : "marcxml.parser-warning"
        if inRecord {
            note(severity, rule, message)
        } else {
            documentFindings.append(Finding(severity, rule, message, at: documentLocation(position)))
        }
    }

    /// The parser stopped on a fatal error: the record in progress, if any, becomes unreadable.
    func failRecordInProgress(reason: String, rawBytes: [UInt8]) {
        guard inRecord else { return }
        results.append(.failure(UnreadableRecord(location: location, reason: reason, rawBytes: rawBytes)))
        resetRecord()
    }

    // MARK: - Building

    private func beginRecord(at position: (offset: Int, line: Int), renumber: Bool) {
        if renumber { recordNumber += 1 }
        resetRecord()
        recordDepth = depth
        location = RecordLocation(file: file, recordNumber: recordNumber, byteOffset: position.offset, line: position.line)
    }

    private func resetRecord() {
        recordDepth = 0
        fieldDepth = 0
        leafDepth = 0
        leader = nil
        fields = []
        fields.reserveCapacity(32)
        findings = []
        ascii = true
        subfields = []
        text.removeAll(keepingCapacity: true)
    }

    private func beginLeaf(_ kind: Leaf) {
        leaf = kind
        leafDepth = depth
        text.removeAll(keepingCapacity: true)
    }

    private func openDatafield(_ attributes: MARCXMLAttributes) {
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
        fieldDepth = depth
    }

    private func finishLeaf() {
        leafDepth = 0
        switch leaf {
        case .leader:
            guard leader == nil else {
                note(.warning, "marcxml.leader", "a second <leader> ignored")
                return
            }
            let (repaired, repair) = MARCXMLRepair.leader(text)
            if let repair { note(.warning, "marcxml.leader", repair) }
            if text.contains(where: { $0 >= 0x80 }) { ascii = false }
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

    private func finishDatafield() {
        fieldDepth = 0
        if fieldTag.isControlField {
            let value = subfields.map(\.value).joined()
            note(.warning, "marcxml.datafield-tag", "<datafield> with the control field tag \(fieldTag): read as a control field holding its \(subfields.count) subfield value(s) run together", tag: fieldTag)
            fields.append(Field(tag: fieldTag, value: value))
        } else {
            fields.append(Field(tag: fieldTag, indicator1: indicator1, indicator2: indicator2, subfields: subfields))
        }
        subfields = []
    }

    private func finishRecord() {
        if fieldDepth != 0 { finishDatafield() }
        let finalLeader: Leader
        if let leader {
            finalLeader = leader
        } else {
            note(.warning, "marcxml.leader", "record has no <leader>; one with only the structural positions was made: \"\(MARCXMLRepair.structuralLeader.text)\"")
            finalLeader = MARCXMLRepair.structuralLeader
        }
        let read = ReadRecord(record: Record(leader: finalLeader, fields: fields), location: location,
                              encoding: ascii ? .ascii : .utf8, findings: findings)
        results.append(.success(read))
        resetRecord()
    }

    /// The gathered text as an NFC `String`. One pass finds the largest byte: below 0x80 the text is ASCII,
    /// below 0xCC (U+0300) it is already NFC.
    private func takeValue() -> String {
        var largest: UInt8 = 0
        for byte in text { largest = max(largest, byte) }
        let value = String(decoding: text, as: UTF8.self)
        text.removeAll(keepingCapacity: true)
        if largest < 0x80 { return value }
        ascii = false
        return largest < 0xCC ? value : NFC.normalize(value)
    }

    private func note(_ severity: Finding.Severity, _ rule: String, _ message: String, tag: Tag? = nil) {
        findings.append(Finding(severity, rule, message, at: location, tag: tag))
    }

    /// Where a document finding is: the position in the file, and the number of the last record begun
    /// (0 before the first).
    private func documentLocation(_ position: (offset: Int, line: Int)) -> RecordLocation {
        RecordLocation(file: file, recordNumber: recordNumber, byteOffset: position.offset, line: position.line)
    }
}
