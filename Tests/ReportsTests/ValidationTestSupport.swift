import Foundation
import Koha
import MARC
@testable import Reports

/// A record that breaks no rule, the setup that defines its codes, and ways to validate records and files.
enum ValidationSample {
    static let currentYear = 2026
    static let setup = KohaSetupCodes(branches: ["HJO", "SKO"], itemTypes: ["BOK", "LJUD"],
                                      authorisedValues: [.location: ["VUX"], .collection: ["SKON"], .notForLoan: ["1"]])

    /// A book with an ISBN, an ISSN, a title, 008 for 2020, 942 $c and one complete item.
    static var record: Record {
        Record(leader: Leader("00000nam a2200000 i 4500")!, fields: [
            Field(tag: "001", value: "hjo-1"),
            Field(tag: "008", value: "200101s2020    sw |||||||||||||||||swe d"),
            Field(tag: "020", subfields: [Subfield("a", "978-91-7000-150-5 (inb.)")]),
            Field(tag: "022", subfields: [Subfield("a", "0028-0836")]),
            Field(tag: "245", indicators: "10", subfields: [Subfield("a", "Häxan från Västerås :"), Subfield("b", "roman")]),
            Field(tag: "942", subfields: [Subfield("c", "BOK")]),
            item(barcode: "10001"),
        ])
    }

    static func item(barcode: String) -> Field {
        Field(tag: "952", subfields: [
            Subfield("a", "HJO"), Subfield("b", "SKO"), Subfield("c", "VUX"), Subfield("p", barcode), Subfield("y", "BOK"),
            Subfield("7", "1"), Subfield("8", "SKON"), Subfield("1", "0"),
        ])
    }

    static func location(_ number: Int = 1, file: String = "test.xml") -> RecordLocation {
        RecordLocation(file: file, recordNumber: number, byteOffset: 0)
    }

    /// The findings of one record, validated alone (with the setup).
    static func findings(_ record: Record, readerFindings: [Finding] = []) -> [ValidationFinding] {
        var validator = CatalogueValidator(setup: setup, currentYear: currentYear)
        return validator.check(.success(ReadRecord(record: record, location: location(), encoding: .utf8, findings: readerFindings)))
    }

    /// A fresh temporary folder, removed by the caller.
    static func temporaryFolder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("samkat-validate-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Writes records as a file in `format` (MARCXML or ISO2709).
    static func write(_ records: [Record], to path: String, format: MARCFormat = .marcxml) throws {
        var writer = format.writer(to: try ByteOutput(path: path))!
        for record in records { try writer.write(record) }
        try writer.finish()
    }
}
