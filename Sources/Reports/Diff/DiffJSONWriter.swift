import Foundation
import MARC

/// The diff for programs: one JSON object, the summary first, then one record a line so the file itself diffs
/// well:
/// ```
/// {"summary":{"added":1,…,"items":{"added":1,"changed":0,"removed":0},…},
/// "records":[
/// {"a":{"file":"a.xml","record":1},"b":{…},"changes":[{"kind":"changed","new":"=245  10$aNy","old":"=245  10$aGammal","tag":"245"}],"id":"(hjo-libra)10004","status":"changed"}
/// ]}
/// ```
/// Keys are sorted; `old` is absent for an added field, `new` for a removed one. With `--summary`, no `records`.
public struct DiffJSONWriter: DiffWriter {
    private let output: ByteOutput
    private let body: DeferredOutput?
    private let encoder: JSONEncoder

    struct Place: Encodable {
        var file: String
        var record: Int
    }

    struct Entry: Encodable {
        var status: RecordDifference.Status
        var id: String
        var a: Place?
        var b: Place?
        var changes: [FieldChange]
    }

    public init(output: ByteOutput, summaryOnly: Bool = false) throws {
        self.output = output
        body = summaryOnly ? nil : try DeferredOutput()
        encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    }

    public mutating func write(_ difference: RecordDifference) throws {
        guard let body else { return }
        let entry = Entry(status: difference.status, id: difference.id,
                          a: difference.a.map { Place(file: $0.file, record: $0.recordNumber) },
                          b: difference.b.map { Place(file: $0.file, record: $0.recordNumber) },
                          changes: difference.changes)
        try body.write((body.isEmpty ? "\n" : ",\n") + String(decoding: try encoder.encode(entry), as: UTF8.self))
    }

    public mutating func finish(_ summary: DiffSummary) throws {
        try output.write("{\"summary\":" + String(decoding: try encoder.encode(summary), as: UTF8.self))
        if let body {
            try output.write(",\n\"records\":[")
            let empty = body.isEmpty
            try body.copy(to: output)
            try output.write(empty ? "]" : "\n]")
        }
        try output.write("}\n")
        try output.close()
    }
}
