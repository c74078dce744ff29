import Foundation
import Testing
@testable import MARC

@Suite struct MARCJSONTests {
    static let first = #"{"leader": "00991nam a22002531  4500", "fields": [{"001": "id.1"}, {"245": {"subfields": [{"a": "Titel"}, {"b": "undertitel"}], "ind1": "1", "ind2": "0"}}, {"CID": {"subfields": [{"a": "cid.6c5"}], "ind1": " ", "ind2": " "}}], "extra": {"x": [1, "}"]}}"#
    static let second = #"{"leader":"00507naa a22001337ar4500","fields":[{"001":"2"},{"100":{"ind1":"1","ind2":" ","subfields":[{"a":"Bandlien, Bjørn \"B\\\\\","},{"d":"1972-"}]}}]}"#

    func read(_ text: String) throws -> [Outcome] { try read(Array(text.utf8)) }

    func read(_ bytes: [UInt8]) throws -> [Outcome] {
        try readInEveryChunking(bytes) { MARCJSONReader(source: $0) }
    }

    func checkTwoRecords(_ outcomes: [Outcome]) throws {
        #expect(outcomes.count == 2)
        let one = try #require(outcomes[0].record)
        #expect(one.leader.text == "00991nam a22002531  4500")
        #expect(one.controlValue("001") == "id.1")
        #expect(one.first("245")?.indicatorText == "10")
        #expect(one.first("245")?.subfields == [Subfield("a", "Titel"), Subfield("b", "undertitel")])
        #expect(one.firstValue("CID", "a") == "cid.6c5")
        let two = try #require(outcomes[1].record)
        #expect(two.firstValue("100", "a") == #"Bandlien, Bjørn "B\\","#)
        #expect(two.first("100")?.indicatorText == "1 ")
        #expect(outcomes.allSatisfy { $0.findings.isEmpty })
        #expect(outcomes[1].location.recordNumber == 2)
    }

    @Test func readsJSONLines() throws {
        let outcomes = try read(Self.first + "\n" + Self.second + "\n")
        try checkTwoRecords(outcomes)
        #expect(outcomes[1].location.line == 2)
        #expect(outcomes[1].location.byteOffset == Self.first.utf8.count + 1)
    }

    @Test func readsAnArray() throws {
        try checkTwoRecords(try read("[" + Self.first + "," + Self.second + "]"))
        try checkTwoRecords(try read("[\r\n" + Self.first + ",\r\n" + Self.second + "\r\n]\r\n"))
    }

    @Test func readsAPrettyPrintedArray() throws {
        let objects = try [Self.first, Self.second].map { try JSONSerialization.jsonObject(with: Data($0.utf8)) }
        let pretty = try JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys])
        let text = String(decoding: pretty, as: UTF8.self)
        #expect(text.split(separator: "\n").count > 20)
        let outcomes = try read(text)
        try checkTwoRecords(outcomes)
        #expect(outcomes[1].location.line! > 10)
    }

    @Test func malformedLinesFailAloneWithTheirLocation() throws {
        let text = Self.first + "\n" + #"{"leader": "0099"# + "\n" + #"{"leader": "x", "fields": [}"# + "\n"
            + "garbage\n" + #"[1, 2]"# + "\n" + Self.second + "\n"
        let outcomes = try read(text)
        #expect(outcomes.count == 6)
        #expect(outcomes[0].record != nil)
        for index in 1...4 { #expect(outcomes[index].isFailure, "\(outcomes[index])") }
        #expect(outcomes.dropFirst().prefix(4).map { $0.location.line } == [2, 3, 4, 5])
        #expect(outcomes[1].location.byteOffset == Self.first.utf8.count + 1)
        #expect(outcomes[5].record?.controlValue("001") == "2")
        #expect(outcomes[5].location.recordNumber == 6)
    }

    @Test func brokenObjectInAPrettyArrayFailsAlone() throws {
        let text = "[\n  {\n    \"leader\": \"00991nam a22002531  4500\",\n    \"fields\": [\n      {\"001\": \"x\"\n  ,\n"
            + Self.second + "\n]\n"
        let outcomes = try read(text)
        #expect(outcomes.count == 2)
        #expect(outcomes[0].isFailure)
        #expect(outcomes[0].location.line == 2)
        #expect(outcomes[1].record?.controlValue("001") == "2")
    }

    @Test func oddFieldsAreKeptOrReported() throws {
        let text = #"{"leader": "short", "fields": [{"001": "a"}, {"CIDX": "b"}, {"FMT": "BK"}, {"500": {"subfields": [{"a": "x"}, {"ab": "y"}]}}], "other": 1}"#
        let outcome = try read(text)[0]
        let record = try #require(outcome.record)
        #expect(record.fields.map(\.tag.description) == ["001", "FMT", "500"])
        #expect(record.controlValue("FMT") == "BK")
        #expect(Set(outcome.rules) == ["json.leader-length", "json.bad-tag", "json.missing-indicator", "json.bad-subfield"])
    }

    @Test func textComesOutNFCAndLatin1BytesAreRead() throws {
        let nfd = #"{"leader": "00991nam a22002531  4500", "fields": [{"100": {"ind1": "1", "ind2": " ", "subfields": [{"a": "Sjo\u0308berg"}]}}]}"#
        #expect(try read(nfd)[0].record?.firstValue("100", "a") == "Sj\u{F6}berg")
        let latin1 = Array(#"{"leader": "00991nam a22002531  4500", "fields": [{"100": {"ind1": "1", "ind2": " ", "subfields": [{"a": "Sj"#.utf8)
            + [0xF6] + Array("berg, ".utf8) + [0xC5] + Array(#"sa"}, {"c": "V"#.utf8) + [0xE4] + Array("ster".utf8) + [0xE5, 0x73]
            + Array(#""}]}}]}"#.utf8)
        let outcome = try read(latin1)[0]
        #expect(outcome.record?.firstValue("100", "a") == "Sjöberg, Åsa")
        #expect(outcome.record?.firstValue("100", "c") == "Västerås")
        #expect(outcome.rules == ["json.not-utf8"])
        let mixed = Array(#"{"leader": "00991nam a22002531  4500", "fields": [{"245": {"ind1": "1", "ind2": " ", "subfields": [{"a": "ö"#.utf8)
            + [0x85] + Array(#"x"}]}}]}"#.utf8)
        let bad = try read(mixed)[0]
        #expect(bad.record?.firstValue("245", "a") == "ö\u{FFFD}x")
        #expect(bad.rules == ["charset.undecodable"])
        #expect(bad.findings.first?.message.contains("offset 2 of field 245 $a") == true)
    }

    // MARK: Corpus

    @Test func readsLibrisXLFiles() throws {
        guard let shared = SharedData.directory else {
            print("skipped: ../shared is not beside the repository, so the Libris XL MARC-in-JSON files are not here")
            return
        }
        let folder = shared.appendingPathComponent("marcdata/librisxl__marc2jsonld_json")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        #expect(names.count > 50)
        for name in names {
            var reader = MARCJSONReader(source: try ByteInput(path: folder.appendingPathComponent(name).path))
            let results = try reader.readAll().map(Outcome.init)
            #expect(results.count == 1, "\(name)")
            let record = try #require(results.first?.record, "\(name): \(results)")
            #expect(record.controlValue("001") == String(name.split(separator: "_")[1].dropLast(5)), "\(name)")
        }
    }

    @Test func readsHathiTrustPairs() throws {
        guard let shared = SharedData.directory else {
            print("skipped: ../shared is not beside the repository, so hathitrust-pairs-val.jsonl is not here")
            return
        }
        var reader = MARCJSONReader(source: try ByteInput(path: shared.appendingPathComponent("dedupe/hathitrust-pairs-val.jsonl").path))
        var count = 0
        var failures: [String] = []
        while let result = try reader.next() {
            count += 1
            switch result {
            case .success(let read):
                if read.record.first("CID") == nil || read.record.controlValue("001") == nil { failures.append("\(read.location)") }
            case .failure(let bad): failures.append(bad.description)
            }
        }
        #expect(count == 20_416)
        #expect(failures.isEmpty, "\(failures.prefix(5))")
    }
}
