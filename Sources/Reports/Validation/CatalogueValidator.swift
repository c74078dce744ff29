import Foundation
import MARC

/// `samkat validate`: checks MARC files, any MARC files, before Koha imports them. Every record goes through
/// the structure rules (with its reader's own findings), the content rules and the Koha rules, and through
/// the setup rules when a Koha setup is given. Records stream: one is read, checked and forgotten; only the
/// barcodes are kept, to find one used twice across all the files validated by the same validator.
public struct CatalogueValidator {
    public var setup: KohaSetupCodes?
    /// The year "in the future" is measured from.
    public var currentYear: Int
    public private(set) var summary = ValidationSummary()
    private var barcodes = BarcodeRegistry()

    public init(setup: KohaSetupCodes? = nil, currentYear: Int = CatalogueValidator.thisYear) {
        self.setup = setup
        self.currentYear = currentYear
    }

    public static var thisYear: Int { Calendar(identifier: .gregorian).component(.year, from: Date()) }

    /// Validates one file (`-` for standard input), handing each finding to `report` as soon as it is found.
    public mutating func validate(
        file path: String, format: MARCFormat? = nil, encoding: EncodingChoice = .auto,
        report: (ValidationFinding) throws -> Void
    ) throws {
        let opened = try MARCFormat.openReader(path: path, format: format, encoding: encoding)
        var reader: any RecordReader = opened.parsesOnItsOwnThread ? opened : PrefetchingReader(opened)
        summary.files += 1
        while let result = try reader.next() {
            for finding in check(result) { try report(finding) }
        }
    }

    /// The findings of one record as a reader gave it; counted in `summary`.
    public mutating func check(_ result: RecordResult) -> [ValidationFinding] {
        let findings: [ValidationFinding]
        switch result {
        case .success(let read): findings = check(read)
        case .failure(let failure):
            findings = [ValidationFinding(.unreadable, "the record could not be read: \(failure.reason); it would be lost on "
                + "import: correct its bytes, or export it again", at: failure.location, controlNumber: nil)]
            summary.unreadable += 1
        }
        summary.records += 1
        for finding in findings { summary.count(finding) }
        return findings
    }

    private mutating func check(_ read: ReadRecord) -> [ValidationFinding] {
        let record = read.record
        var out = RecordFindings(location: read.location, controlNumber: record.controlValue("001").flatMap { $0.isEmpty ? nil : $0 })
        for finding in read.findings { out.pass(finding) }
        StructureRules.checkLeader(record.leader, into: &out)
        StructureRules.checkFields(record, into: &out)
        StructureRules.check008(record, into: &out)
        ContentRules.check(record, currentYear: currentYear, into: &out)
        KohaRules.check(record, into: &out)
        barcodes.register(record, file: read.location.file, recordNumber: read.location.recordNumber, into: &out)
        if let setup { KohaRules.check(record, against: setup, into: &out) }
        return out.findings
    }
}
