import Foundation
import Koha
import MARC
import Testing
@testable import Reports

/// Whole files: barcodes across files, the setup folder `samkat emit` writes, and the three report forms.
@Suite struct CatalogueValidatorTests {
    @Test func barcodesDuplicatedAcrossTwoFilesAreFound() throws {
        let folder = try ValidationSample.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var second = ValidationSample.record
        second.setControlValue("001", "sko-7")
        second.updateFields("952") { $0.subfields[3].value = "10002" }
        second.append(ValidationSample.item(barcode: "10001"))
        try ValidationSample.write([ValidationSample.record], to: folder + "/hjo.xml")
        try ValidationSample.write([ValidationSample.record, second], to: folder + "/sko.mrc", format: .iso2709)

        var validator = CatalogueValidator(currentYear: ValidationSample.currentYear)
        var findings: [ValidationFinding] = []
        for file in ["hjo.xml", "sko.mrc"] {
            try validator.validate(file: folder + "/" + file) { findings.append($0) }
        }
        #expect(findings.map(\.rule) == ["koha.barcode-duplicate", "koha.barcode-duplicate"])
        #expect(findings.map { $0.location?.recordNumber } == [1, 2])
        #expect(findings.map(\.controlNumber) == ["hjo-1", "sko-7"])
        #expect(findings.allSatisfy { $0.location?.file.hasSuffix("sko.mrc") == true && $0.tag == "952" && $0.code == UInt8(ascii: "p") })
        #expect(findings[1].message.contains("item 2's barcode \"10001\" is also on an item of record 1 in \(folder)/hjo.xml"))
        #expect(validator.summary.files == 2 && validator.summary.records == 3 && validator.summary.errors == 2)
    }

    @Test func theSetupFolderEmitWritesDefinesTheCodes() throws {
        let folder = try ValidationSample.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let setup = KohaSetup(
            branches: [.init(code: "HJO", name: "Hjo bibliotek"), .init(code: "SKO", name: "Skövde stadsbibliotek")],
            itemTypes: [.init(code: "BOK", description: "Bok"), .init(code: "LJUD", description: "Ljudbok, \"cd\"")],
            authorisedValues: [.init(category: .location, value: "VUX", description: "Vuxen"),
                               .init(category: .collection, value: "SKON", description: "Skönlitteratur"),
                               .init(category: .notForLoan, value: "1", description: "Referens")])
        for (name, text) in try setup.csvFiles() { try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8) }
        let codes = try KohaSetupCodes.load(folder: folder)
        #expect(codes == ValidationSample.setup)
        #expect(codes == KohaSetupCodes(setup))

        var record = ValidationSample.record
        record.updateFields("952") { $0.subfields[1].value = "TIB"; $0.subfields[4].value = "DVD"; $0.append("0", "1") }
        var validator = CatalogueValidator(setup: codes, currentYear: ValidationSample.currentYear)
        let findings = validator.check(.success(ReadRecord(record: record, location: ValidationSample.location(), encoding: .utf8)))
        #expect(findings.map(\.rule) == ["koha.unknown-branch", "koha.unknown-item-type", "koha.unknown-authorised-value"])
        #expect(findings.map(\.subfieldText) == ["$b", "$y", "$0"])
        #expect(findings[2].message.contains("WITHDRAWN value \"1\""))
    }

    @Test func aSetupFolderWithoutItsFilesIsAnError() throws {
        let folder = try ValidationSample.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(throws: KohaSetupCodesError.missingFile(path: folder + "/branches.csv")) { try KohaSetupCodes.load(folder: folder) }
        try "code;name\nHJO;Hjo\n".write(toFile: folder + "/branches.csv", atomically: true, encoding: .utf8)
        #expect(throws: KohaSetupCodesError.missingColumn(path: folder + "/branches.csv", column: "branchcode")) {
            try KohaSetupCodes.load(folder: folder)
        }
    }

    @Test(arguments: ValidationReportFormat.allCases)
    func reportsStreamEveryFindingAndTheSummary(format: ValidationReportFormat) throws {
        let folder = try ValidationSample.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var record = ValidationSample.record
        record.removeFields("942")
        record.updateFields("245") { $0.append("c", "\"Åsa\", red.\n") }
        try ValidationSample.write([record], to: folder + "/in.xml")
        var validator = CatalogueValidator(currentYear: ValidationSample.currentYear)
        var report = format.report(to: try ByteOutput(path: folder + "/out"))
        try validator.validate(file: folder + "/in.xml") { try report.write($0) }
        try report.finish(validator.summary)
        let text = try String(contentsOfFile: folder + "/out", encoding: .utf8)
        #expect(validator.summary.line == "validated 1 file: 1 records read (0 unreadable); 1 error, 0 warnings, 0 info")
        switch format {
        case .text:
            #expect(text == "\(folder)/in.xml: record 1 (001 hjo-1) at byte 91 (line 3): field 942 $c: error [koha.942-missing-item-type] "
                + "the record has no item type in 942 $c; Koha's MARC 21 framework requires it: add 942 $c with the record's item type (samkat emit takes its items' most common one)\n")
        case .csv:
            let rows = CSV.rows(text).map(\.cells)
            #expect(rows.count == 2)
            #expect(rows.first == CSVValidationReport.columns)
            #expect(Array(rows[1].prefix(9)) == ["error", "koha.942-missing-item-type", folder + "/in.xml", "1", "91", "3", "hjo-1", "942", "c"])
        case .json:
            let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            let findings = try #require(object["findings"] as? [[String: Any]])
            #expect(findings.count == 1)
            #expect(findings.first?["rule"] as? String == "koha.942-missing-item-type")
            #expect(findings.first?["controlNumber"] as? String == "hjo-1")
            #expect(findings.first?["record"] as? Int == 1)
            let summary = try #require(object["summary"] as? [String: Any])
            #expect(summary["records"] as? Int == 1)
            #expect((summary["findings"] as? [String: Int])?["error"] == 1)
            #expect((summary["rules"] as? [String: Int]) == ["koha.942-missing-item-type": 1])
        }
    }

    @Test func jsonEscapesWhatJSONCannotHoldAsItIs() throws {
        #expect(JSONValidationReport.string("a\"b\\c\n\u{1}ö") == "\"a\\\"b\\\\c\\n\\u0001ö\"")
    }
}
