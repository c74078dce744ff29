import Foundation
import Testing

/// `samkat validate` as a user runs it: findings on standard output, the summary on standard error, exit 1
/// only with `--strict` and an error.
@Suite struct ValidateCommandTests {
    static func marcxml(_ records: [(id: String, barcode: String, itemType: String?)]) -> String {
        let body = records.map { record in
            let itemType = record.itemType.map { "<subfield code=\"c\">\($0)</subfield>" } ?? ""
            return """
                <record><leader>00000nam a2200000 i 4500</leader>
                <controlfield tag="001">\(record.id)</controlfield>
                <controlfield tag="008">200101s2020    sw |||||||||||||||||swe d</controlfield>
                <datafield tag="245" ind1="1" ind2="0"><subfield code="a">Häxan från Västerås</subfield></datafield>
                <datafield tag="942" ind1=" " ind2=" ">\(itemType.isEmpty ? "<subfield code=\"n\">0</subfield>" : itemType)</datafield>
                <datafield tag="952" ind1=" " ind2=" "><subfield code="a">HJO</subfield><subfield code="b">HJO</subfield><subfield code="p">\(record.barcode)</subfield><subfield code="y">BOK</subfield></datafield>
                </record>
                """
        }
        return "<collection xmlns=\"http://www.loc.gov/MARC21/slim\">\n" + body.joined(separator: "\n") + "\n</collection>\n"
    }

    func folder(_ files: [String: String]) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("samkat-validate-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, text) in files {
            let url = dir.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return dir
    }

    let cli = CommandLineTests()

    @Test func aGoodFilePassesEvenWithStrict() throws {
        let dir = try folder(["good.xml": Self.marcxml([("hjo-1", "10001", "BOK")])])
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try cli.samkat(["validate", dir.appendingPathComponent("good.xml").path, "--strict"])
        #expect(run.status == 0)
        #expect(run.stdout == "")
        #expect(run.stderr.contains("validated 1 file: 1 records read (0 unreadable); 0 errors, 0 warnings, 0 info"))
    }

    @Test func errorsFailOnlyWithStrict() throws {
        let dir = try folder(["bad.xml": Self.marcxml([("hjo-1", "10001", nil)])])
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("bad.xml").path
        let lenient = try cli.samkat(["validate", path])
        #expect(lenient.status == 0)
        #expect(lenient.stdout.hasPrefix("\(path): record 1 (001 hjo-1) at byte "))
        #expect(lenient.stdout.contains(": field 942 $c: error [koha.942-missing-item-type] "))
        #expect(lenient.stderr.contains("1 error, 0 warnings"))
        #expect(lenient.stderr.contains("  koha.942-missing-item-type: 1"))
        let strict = try cli.samkat(["validate", path, "--strict"])
        #expect(strict.status == 1)
        #expect(strict.stdout == lenient.stdout)
    }

    @Test func barcodesAreUniqueAcrossTheFilesGivenAndCodesAgainstTheSetup() throws {
        let dir = try folder([
            "hjo.xml": Self.marcxml([("hjo-1", "10001", "BOK")]),
            "sko.xml": Self.marcxml([("sko-1", "10002", "BOK"), ("sko-2", "10001", "BOK")]),
            "koha-setup/branches.csv": "branchcode,branchname\nSKO,Skövde\n",
            "koha-setup/itemtypes.csv": "itemtype,description\nBOK,Bok\n",
            "koha-setup/authorised_values.csv": "category,authorised_value,lib\n",
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let files = ["hjo.xml", "sko.xml"].map { dir.appendingPathComponent($0).path }
        let run = try cli.samkat(["validate"] + files + ["--format", "csv", "--setup", dir.appendingPathComponent("koha-setup").path])
        #expect(run.status == 0)
        let rows = run.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",").prefix(2).joined(separator: ",") }
        #expect(rows == [
            "error,koha.unknown-branch", "error,koha.unknown-branch",
            "error,koha.unknown-branch", "error,koha.unknown-branch",
            "error,koha.barcode-duplicate",
            "error,koha.unknown-branch", "error,koha.unknown-branch",
        ])
        #expect(run.stdout.contains("error,koha.barcode-duplicate,\(files[1]),2,"))
        #expect(run.stderr.contains("validated 2 files: 3 records read (0 unreadable); 7 errors"))
    }

    @Test func jsonIsOneDocument() throws {
        let dir = try folder(["bad.xml": Self.marcxml([("hjo-1", "123456789012345678901", "BOK")])])
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try cli.samkat(["validate", dir.appendingPathComponent("bad.xml").path, "--format", "json"])
        #expect(run.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        let findings = object?["findings"] as? [[String: Any]]
        #expect(findings?.map { $0["rule"] as? String } == ["koha.barcode-too-long"])
        #expect(findings?.first?["subfield"] as? String == "p")
    }

    @Test func aMissingSetupOrFileFailsAndABadFormatIsAUsageError() throws {
        let dir = try folder(["good.xml": Self.marcxml([("hjo-1", "10001", "BOK")])])
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("good.xml").path
        let noSetup = try cli.samkat(["validate", path, "--setup", dir.appendingPathComponent("nowhere").path])
        #expect(noSetup.status == 1)
        #expect(noSetup.stderr.contains("nowhere/branches.csv does not exist"))
        let noFile = try cli.samkat(["validate", "/nonexistent/export.mrc"])
        #expect(noFile.status == 1)
        #expect(noFile.stderr.contains("/nonexistent/export.mrc"))
        #expect(try cli.samkat(["validate", path, "--format", "pdf"]).status == 64)
    }
}
