import Testing
@testable import MARC

@Suite struct ISO2709ReaderTests {
    let good = iso2709(leader9: 0x61, [
        ("001", Array("rec1".utf8)),
        ("245", dataField("10", [("a", Array("Titel".utf8)), ("b", Array("undertitel".utf8))])),
    ])

    @Test func readsAWellFormedRecord() throws {
        let results = try readISO2709(good + good)
        #expect(results.count == 2)
        let read = try #require(results[0].read)
        #expect(read.findings.isEmpty)
        #expect(read.record.controlValue("001") == "rec1")
        let title = try #require(read.record.first("245"))
        #expect(title.indicatorText == "10")
        #expect(title.values("ab") == ["Titel", "undertitel"])
        #expect(read.location.recordNumber == 1)
        #expect(results[1].read?.location.byteOffset == good.count)
    }

    @Test(arguments: [1, 2, 3, 7, 24, 64, 4096])
    func everyChunkingGivesTheSameRecords(chunkSize: Int) throws {
        let input = good + iso2709([("001", Array("x".utf8))]) + good
        let whole = try readISO2709(input).map { $0.read?.record }
        let chunked = try readISO2709(input, chunkSize: chunkSize).map { $0.read?.record }
        #expect(whole == chunked)
        #expect(whole.count == 3)
    }

    /// A tag no format can write (a byte out of step in a damaged directory): the field is set aside with its
    /// text in an error finding, and the rest of the record is read.
    @Test func aTagThatIsNotLettersOrDigitsSetsItsFieldAside() throws {
        var bad = good
        bad[24 + 12] = 0x9F  // the second directory entry's first tag byte
        let read = try #require(try readISO2709(bad).first?.read)
        #expect(read.record.controlValue("001") == "rec1" && read.record.first("245") == nil && read.record.fields.count == 1)
        let finding = try #require(read.findings.first { $0.rule == "iso2709.bad-tag" })
        #expect(finding.severity == .error && finding.message.contains("0x9F") && finding.message.contains("Titel"))
    }

    @Test func wrongRecordLengthFramesOnTheTerminator() throws {
        var bad = good
        bad.replaceSubrange(0..<5, with: Array("00999".utf8))
        let results = try readISO2709(bad + good)
        #expect(results.count == 2)
        let read = try #require(results[0].read)
        #expect(read.record.controlValue("001") == "rec1")
        #expect(read.findings.contains { $0.rule == "iso2709.framing" })
        #expect(results[1].read?.findings.isEmpty == true)
    }

    @Test func missingRecordTerminatorIsRepairedFromTheLength() throws {
        var first = good
        first.removeLast()  // no 0x1D, and the length now points at the next leader
        first.replaceSubrange(0..<5, with: digits(first.count, 5))
        let results = try readISO2709(first + good)
        #expect(results.count == 2)
        #expect(results[0].read?.findings.contains { $0.message.contains("record terminator missing") } == true)
        #expect(results[1].read?.record.controlValue("001") == "rec1")
    }

    @Test func wrongBaseAddressIsRepaired() throws {
        var bad = good
        bad.replaceSubrange(12..<17, with: Array("00010".utf8))
        let read = try #require(try readISO2709(bad)[0].read)
        #expect(read.record.first("245")?.first("a") == "Titel")
        #expect(read.findings.contains { $0.rule == "iso2709.base-address" })
    }

    @Test func entryPointingPastTheDataFallsBack() throws {
        var bad = good
        // The second directory entry (245) starts at byte 36: make its start 99999.
        bad.replaceSubrange((24 + 12 + 7)..<(24 + 12 + 12), with: Array("99999".utf8))
        let read = try #require(try readISO2709(bad)[0].read)
        #expect(read.record.first("245")?.first("a") == "Titel")
        #expect(read.findings.contains { $0.rule == "iso2709.directory-entry" })
    }

    @Test func wrongFieldLengthRunsToTheTerminator() throws {
        var bad = good
        bad.replaceSubrange((24 + 12 + 3)..<(24 + 12 + 7), with: Array("0005".utf8))
        let read = try #require(try readISO2709(bad)[0].read)
        #expect(read.record.first("245")?.values("ab") == ["Titel", "undertitel"])
        #expect(read.findings.contains { $0.rule == "iso2709.field-length" })
    }

    @Test func missingIndicatorsAndEmptySubfieldsAreReported() throws {
        let record = iso2709([("245", [0x1F, 0x61] + Array("T".utf8) + [0x1F])])
        let read = try #require(try readISO2709(record)[0].read)
        let field = try #require(read.record.first("245"))
        #expect(field.indicatorText == "  ")
        #expect(field.subfields == [Subfield("a", "T")])
        #expect(read.findings.map(\.rule).sorted() == ["iso2709.empty-subfield", "iso2709.indicators"])
    }

    @Test func strayTextBeforeTheFirstSubfieldIsReportedNotSilent() throws {
        let record = iso2709([("245", Array("10junk".utf8) + [0x1F, 0x61] + Array("T".utf8))])
        let read = try #require(try readISO2709(record)[0].read)
        #expect(read.findings.contains { $0.rule == "iso2709.stray-data" && $0.message.contains("junk") })
    }

    @Test func aBrokenRecordCostsOnlyItself() throws {
        let garbage = Array("00042xx".utf8) + [0x1D]
        let results = try readISO2709(good + garbage + good)
        #expect(results.count == 3)
        let failure = try #require(results[1].unreadable)
        #expect(failure.location.recordNumber == 2)
        #expect(failure.location.byteOffset == good.count)
        #expect(failure.rawBytes == garbage)
        #expect(results[2].read?.record.controlValue("001") == "rec1")
    }

    @Test func truncatedInputReadsTheLastRecordWithAFinding() throws {
        let results = try readISO2709(good + good.dropLast(1))
        #expect(results.count == 2)
        #expect(results[1].read?.findings.contains { $0.message.contains("without a record terminator") } == true)
    }

    @Test func lineBreaksBetweenRecordsAreSkippedAndReported() throws {
        let results = try readISO2709(good + [0x0D, 0x0A] + good)
        #expect(results.count == 2)
        #expect(results[1].read?.findings.first?.message.contains("skipped 2 bytes") == true)
    }

    @Test func emptyInputHasNoRecords() throws {
        #expect(try readISO2709([]).isEmpty)
    }
}

extension ISO2709ReaderTests {
    @Test func bytesNoOutputCanHoldInIndicatorsAndCodesAreRepaired() throws {
        let record = iso2709([("082", [0xB2, 0x20, 0x1F, 0xA7] + Array("155.4".utf8))])
        let read = try #require(try readISO2709(record)[0].read)
        let field = try #require(read.record.first("082"))
        #expect(field.indicator1 == Field.blank)
        #expect(field.subfields == [Subfield("?", "155.4")])
        #expect(read.findings.filter { $0.rule == "iso2709.unrepresentable-byte" }.count == 2)
    }

    @Test func separatorsInsideTheDataAreRepairedAndReported() throws {
        // A 245 whose directory length spans an embedded field terminator, and a 007 written with subfields.
        let record = iso2709([
            ("007", [0x1F] + Array("av".utf8) + [0x1F] + Array("bf".utf8)),
            ("245", dataField("10", [("a", Array("Split".utf8) + [0x1E] + Array("Title".utf8))])),
        ])
        let read = try #require(try readISO2709(record)[0].read)
        #expect(read.record.controlValue("007") == "$av$bf")
        #expect(read.record.firstValue("245", "a") == "Split Title")
        #expect(read.findings.filter { $0.rule == "iso2709.unrepresentable-byte" }.count == 2)
    }
}
