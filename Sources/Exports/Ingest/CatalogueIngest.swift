import MARC
import Workspace

/// Reads one catalogue file record by record and stores every record, whatever its kind: unreadable ones as
/// `RejectedInput` with their raw bytes, readable ones under the local id the adapter's `identify` gives.
/// A record `identify` cannot place is stored anyway as `file#recordNumber`, with a finding; a local id seen
/// twice is a finding, and both records are kept. A file without a single record is a finding too.
struct CatalogueIngest {
    let path: String
    /// The file's name inside the export folder, as provenance records it.
    let name: String
    let format: MARCFormat?
    let encoding: EncodingChoice
    let sink: any IngestSink
    /// The local ids stored so far, with where each was first seen.
    private(set) var seen: [String: RecordLocation] = [:]

    init(path: String, name: String, format: MARCFormat? = nil, encoding: EncodingChoice, sink: any IngestSink) {
        self.path = path
        self.name = name
        self.format = format
        self.encoding = encoding
        self.sink = sink
    }

    /// Reads every record. `identify` returns the local id or nil; `stored` sees each stored record.
    mutating func read(counts: inout IngestCounts, identify: (ReadRecord) throws -> String?,
                       stored: (StoredRecord) throws -> Void = { _ in }) throws {
        let source = PeekableSource(try NamedSource(path: path, name: name))
        guard let format = try format ?? MARCFormat.guess(from: source.peek(4096)) else {
            throw MARCError.unknownFormat(path: name)
        }
        var reader = format.reader(for: source, encoding: encoding)
        var input = IngestCounts.Input(name: "catalogue", file: name)
        while let result = try reader.next() {
            input.read += 1
            switch result {
            case .failure(let unreadable):
                input.rejected += 1
                try sink.add(Finding(.error, "catalogue.unreadable-record",
                                     "the record cannot be read (\(unreadable.reason)); it is kept aside with its \(unreadable.rawBytes.count) bytes",
                                     at: unreadable.location))
                try sink.add(RejectedInput(entity: "record", file: name, position: unreadable.location.recordNumber,
                                           byteOffset: unreadable.location.byteOffset, reason: unreadable.reason,
                                           raw: unreadable.rawBytes))
            case .success(let read):
                for finding in read.findings { try sink.add(finding) }
                let localID = try identify(read) ?? fallbackID(for: read)
                try noteDuplicate(localID, at: read.location)
                let record = StoredRecord(localID: localID, kind: RecordKind(leader: read.record.leader), record: read.record,
                                          location: read.location, encoding: read.encoding)
                try sink.add(record)
                input.stored += 1
                try stored(record)
            }
        }
        if let xml = reader as? MARCXMLReader { for finding in xml.documentFindings { try sink.add(finding) } }
        if input.read == 0 {
            try sink.add(Finding(.error, "catalogue.empty",
                                 "\(name) holds no records; check that the export from the source system finished"))
        }
        counts.inputs.append(input)
    }

    private func fallbackID(for read: ReadRecord) throws -> String {
        let id = "\(name)#\(read.location.recordNumber)"
        try sink.add(Finding(.warning, "catalogue.no-local-id",
                             "the record's id in the source system cannot be determined; it is stored as \(id), and copies cannot link to it",
                             at: read.location))
        return id
    }

    private mutating func noteDuplicate(_ localID: String, at location: RecordLocation) throws {
        if let first = seen[localID] {
            try sink.add(Finding(.warning, "catalogue.duplicate-local-id",
                                 "local id \(localID) was already given to record \(first.recordNumber) at byte \(first.byteOffset); both records are kept, and copies with this id link to either",
                                 at: location))
        } else {
            seen[localID] = location
        }
    }
}
