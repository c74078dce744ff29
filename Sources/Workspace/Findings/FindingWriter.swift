import MARC

/// Stores findings of one stage in the workspace, each with its source (nil: about the whole batch).
public struct FindingWriter {
    let stage: String
    private let insert: Statement

    public init(database: Database, stage: String) throws {
        self.stage = stage
        insert = try database.prepare("""
            INSERT INTO finding (source_id, stage, severity, rule, message, file, position, line, byte_offset, tag)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
    }

    public func add(_ finding: Finding, sourceID: Int64?) throws {
        insert.bind(sourceID.map(Int.init), at: 1)
        insert.bind(stage, at: 2)
        insert.bind(finding.severity.rawValue, at: 3)
        insert.bind(finding.rule, at: 4)
        insert.bind(finding.message, at: 5)
        insert.bind(finding.location?.file, at: 6)
        insert.bind(finding.location?.recordNumber, at: 7)
        insert.bind(finding.location?.line, at: 8)
        insert.bind(finding.location.flatMap { $0.byteOffset >= 0 ? $0.byteOffset : nil }, at: 9)
        insert.bind(finding.tag?.description, at: 10)
        try insert.runBound()
    }
}
