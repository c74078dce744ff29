import MARC
import Testing
@testable import Reports

/// A change to the good sample record that breaks exactly one rule.
struct Breakage: Sendable, CustomTestStringConvertible {
    var rule: String
    var change: @Sendable (inout Record) -> Void

    init(_ rule: String, _ change: @escaping @Sendable (inout Record) -> Void) {
        self.rule = rule
        self.change = change
    }

    var testDescription: String { rule }

    static let all: [Breakage] = [
        // Structure: the leader.
        Breakage("structure.leader-status") { $0.leader[5] = UInt8(ascii: "x") },
        Breakage("structure.record-deleted") { $0.leader[5] = UInt8(ascii: "d") },
        Breakage("structure.leader-type") { $0.leader[6] = UInt8(ascii: "z") },
        Breakage("structure.leader-level") { $0.leader[7] = UInt8(ascii: "x") },
        Breakage("structure.leader-encoding-level") { $0.leader[17] = UInt8(ascii: "Q") },
        Breakage("structure.leader-coding") { $0.leader[9] = UInt8(ascii: " ") },
        Breakage("structure.leader-layout") { $0.leader[20] = UInt8(ascii: "0") },
        // Structure: fields.
        Breakage("structure.tag") { $0.append(Field(tag: "CID", subfields: [Subfield("a", "1")])) },
        Breakage("structure.indicator") { $0.updateFields("245") { $0.indicator1 = UInt8(ascii: "X") } },
        Breakage("structure.subfield-code") { $0.updateFields("245") { $0.subfields[1].code = UInt8(ascii: "B") } },
        Breakage("structure.empty-subfield") { $0.updateFields("245") { $0.append("c", "") } },
        Breakage("structure.control-field-subfields") { $0.insertInOrder(Field(tag: "007", value: "ta\u{1F}bx")) },
        Breakage("structure.empty-field") { $0.insertInOrder(Field(tag: "500", subfields: [])) },
        Breakage("structure.repeated-control-field") { $0.insertInOrder(Field(tag: "001", value: "hjo-2")) },
        Breakage("structure.008-missing") { $0.removeFields("008") },
        Breakage("structure.008-length") { $0.setControlValue("008", "200101s2020    sw |||||||") },
        Breakage("structure.008-date-type") { $0.setControlValue("008", "200101x2020    sw |||||||||||||||||swe d") },
        Breakage("structure.008-dates") { $0.setControlValue("008", "200101s20x0    sw |||||||||||||||||swe d") },
        // Content.
        Breakage("content.245-missing") { $0.removeFields("245") },
        Breakage("content.245-repeated") { $0.insertInOrder(Field(tag: "245", indicators: "00", subfields: [Subfield("a", "Andra titeln")])) },
        Breakage("content.isbn-unreadable") { $0.updateFields("020") { $0.subfields[0].value = "91-0123" } },
        Breakage("content.isbn-check-digit") { $0.updateFields("020") { $0.subfields[0].value = "91-0-012345-6" } },
        Breakage("content.issn-unreadable") { $0.updateFields("022") { $0.subfields[0].value = "0028" } },
        Breakage("content.issn-check-digit") { $0.updateFields("022") { $0.subfields[0].value = "0028-0837" } },
        Breakage("content.date-future") { $0.setControlValue("008", "200101s2028    sw |||||||||||||||||swe d") },
        // Koha.
        Breakage("koha.942-missing-item-type") { $0.removeFields("942") },
        Breakage("koha.952-missing-branch") { $0.updateFields("952") { $0.removeSubfields("b") } },
        Breakage("koha.952-missing-item-type") { $0.updateFields("952") { $0.removeSubfields("y") } },
        Breakage("koha.952-due-date") { $0.updateFields("952") { $0.append("q", "2026-12-24") } },
        Breakage("koha.952-no-barcode") { $0.updateFields("952") { $0.removeSubfields("p") } },
        Breakage("koha.barcode-too-long") { $0.updateFields("952") { $0.subfields[3].value = "HJO-123456789012345678" } },
        Breakage("koha.barcode-duplicate") { $0.append(ValidationSample.item(barcode: "10001 ")) },
        Breakage("koha.iso2709-size") { $0.insertInOrder(Field(tag: "500", subfields: [Subfield("a", String(repeating: "lång ", count: 2_000))])) },
        // Koha, against the setup.
        Breakage("koha.unknown-branch") { $0.updateFields("952") { $0.subfields[0].value = "TIB" } },
        Breakage("koha.unknown-item-type") { $0.updateFields("942") { $0.subfields[0].value = "EBOK" } },
        Breakage("koha.unknown-authorised-value") { $0.updateFields("952") { $0.append("4", "2") } },
    ]
}

@Suite struct ValidationRuleTests {
    @Test func theGoodRecordGivesNoFinding() {
        #expect(ValidationSample.findings(ValidationSample.record).map(\.description) == [])
    }

    @Test(arguments: Breakage.all)
    func aRecordBreakingOneRuleIsFoundByThatRule(_ breakage: Breakage) throws {
        var record = ValidationSample.record
        breakage.change(&record)
        let findings = ValidationSample.findings(record)
        #expect(findings.map(\.rule) == [breakage.rule], "\(findings.map(\.description))")
        let finding = try #require(findings.first)
        let rule = try #require(ValidationRule.all.first { $0.id == breakage.rule })
        #expect(finding.severity == rule.severity)
        #expect(finding.location?.file == "test.xml" && finding.location?.recordNumber == 1)
        #expect(finding.controlNumber == "hjo-1" || breakage.rule == "structure.repeated-control-field")
        #expect(finding.description.hasPrefix("test.xml: record 1 (001 hjo-1) at byte 0: "))
    }

    /// Every rule the validator declares is broken by one of the cases above (the unreadable record apart).
    @Test func everyRuleIsTested() {
        let tested = Set(Breakage.all.map(\.rule)).union(["structure.unreadable"])
        #expect(Set(ValidationRule.all.map(\.id)) == tested)
        #expect(ValidationRule.all.count == Set(ValidationRule.all.map(\.id)).count)
    }

    @Test func anUnreadableRecordIsAnError() {
        var validator = CatalogueValidator(currentYear: ValidationSample.currentYear)
        let failure = UnreadableRecord(location: ValidationSample.location(7), reason: "no field terminator", rawBytes: [0x30])
        let findings = validator.check(.failure(failure))
        #expect(findings.map(\.rule) == ["structure.unreadable"])
        #expect(findings.first?.severity == .error)
        #expect(validator.summary.records == 1 && validator.summary.unreadable == 1 && validator.summary.errors == 1)
    }

    @Test func theReadersFindingsPassThrough() {
        let repair = Finding(.warning, "iso2709.base-address", "leader says the data starts at byte 90, but the directory ends at byte 97",
                             at: ValidationSample.location())
        let findings = ValidationSample.findings(ValidationSample.record, readerFindings: [repair])
        #expect(findings.map(\.rule) == ["iso2709.base-address"])
        #expect(findings.first?.controlNumber == "hjo-1")
        #expect(findings.first?.severity == .warning)
    }

    @Test func datesFollowTheTypeOfDate() {
        func rules(_ fixed: String) -> [String] {
            var record = ValidationSample.record
            record.setControlValue("008", fixed)
            return ValidationSample.findings(record).map(\.rule)
        }
        #expect(rules("200101s19uu    sw |||||||||||||||||swe d") == [])
        #expect(rules("200101m19992005sw |||||||||||||||||swe d") == [])
        #expect(rules("200101b        sw |||||||||||||||||swe d") == [])
        #expect(rules("200101e20200315sw |||||||||||||||||swe d") == [])
        #expect(rules("200101s2020uuuusw |||||||||||||||||swe d") == ["structure.008-dates"])  // s has no date 2
        #expect(rules("200101r2020    sw |||||||||||||||||swe d") == ["structure.008-dates"])  // r needs the original's date
        #expect(rules("200101s2027    sw |||||||||||||||||swe d") == [])  // next year: announced books
    }

    @Test func barcodesCompareAsKohasUniqueIndexDoes() {
        #expect(BarcodeRegistry.key("Hjo-0001 ") == BarcodeRegistry.key("hjo-0001"))
        #expect(BarcodeRegistry.key("Åby12") == BarcodeRegistry.key("aby12"))
        #expect(BarcodeRegistry.key("10001") != BarcodeRegistry.key("10002"))
    }
}
