import Exports
import Foundation
import MARC
import Testing
@testable import FixtureGenerator

/// Reads a generated consortium back with the repo's own readers and holds it against the truth files.
@Suite(.serialized) struct ReadBackTests {
    static let root: String = {
        try! FixtureTestSupport.generate(records: 4000, seed: 31, name: "readback")
    }()

    static let libraTables = ["Items", "BarCodes", "Branches", "Departments", "LocalShelfs", "StatusCodes", "LoanPeriods", "Orders", "exportCatMatch"]
    static let bookitTables = ["CA_COPY", "CA_COPY_LABEL", "GE_ORG", "CA_LOC", "GE_PREMISES", "CA_NOT_AVAILABLE_CAUSE", "CI_CAT", "CA_MEDIA_TYPE", "IL_LOAN"]

    static func catalogue(_ code: String) -> String {
        let folder = "\(root)/exports/\(code)"
        for name in ["CatalogueExport.dat", "exportCat.txt", "bokit_iso2709.mrc"] where FileManager.default.fileExists(atPath: "\(folder)/\(name)") {
            return name
        }
        return ""
    }

    static func readCatalogue(_ code: String) throws -> [RecordResult] {
        let name = catalogue(code)
        let input = try ByteInput(path: "\(root)/exports/\(code)/\(name)")
        if name == "exportCat.txt" {
            var reader = LineMARCReader(source: input)
            return try reader.readAll()
        }
        var reader = ISO2709Reader(source: input)
        return try reader.readAll()
    }

    static func readTable(_ code: String, _ table: String) throws -> [TableDumpResult] {
        let folder = "\(root)/exports/\(code)"
        let spec = try TableSpec(contentsOf: "\(folder)/\(table)spec.txt")
        let format: DumpFormat = Municipality.all.first { $0.code == code }!.system == .libra ? .libra : .bookit
        var reader = try TableDumpReader(path: "\(folder)/\(table).txt", spec: spec, format: format)
        return try reader.readAll()
    }

    @Test func specFilesHoldTheLayoutsColumns() throws {
        for municipality in Municipality.all {
            let tables = municipality.system == .libra ? Self.libraTables : Self.bookitTables
            for table in tables {
                let path = "\(Self.root)/exports/\(municipality.code)/\(table)spec.txt"
                let spec = try TableSpec(contentsOf: path)
                let expected = (municipality.system == .libra ? ExportSpecs.libra : ExportSpecs.bookit)[table]!
                #expect(spec.columns.map(\.rawName) == expected.map(\.name), "\(path)")
                let bytes = FixtureTestSupport.bytes(path)
                if municipality.system == .libra {
                    #expect(Array(bytes.prefix(2)) == [0xFF, 0xFE])
                    #expect(bytes.count % 2 == 0 && bytes[bytes.count - 4] == 0x0D && bytes[bytes.count - 2] == 0x0A)
                } else {
                    #expect(bytes.allSatisfy { $0 < 0x80 })
                }
            }
        }
    }

    @Test func libraDumpsAreUTF16WithTwoHeaderRows() throws {
        for municipality in Municipality.all where municipality.system == .libra {
            for table in Self.libraTables {
                let bytes = FixtureTestSupport.bytes("\(Self.root)/exports/\(municipality.code)/\(table).txt")
                #expect(Array(bytes.prefix(2)) == [0xFF, 0xFE])
                let text = String(decoding: bytes.dropFirst(2).withUnsafeBufferPointer { Array($0) }.chunked16(), as: UTF16.self)
                let lines = text.components(separatedBy: "\r\n")
                let names = ExportSpecs.libra[table]!.map(\.name)
                #expect(lines[0] == names.joined(separator: "\t"))
                #expect(lines[1] == names.map { String(repeating: "-", count: $0.count) }.joined(separator: "\t"))
            }
        }
    }

    @Test func bookitDumpsAreLatin1WithPipes() throws {
        let folder = "\(Self.root)/exports/tibro"
        for table in Self.bookitTables {
            let bytes = FixtureTestSupport.bytes("\(folder)/\(table).txt")
            #expect(!bytes.contains(0x00), "\(table) holds NUL bytes: not Latin-1")
            let header = String(decoding: bytes.prefix { $0 != 0x0A }, as: UTF8.self)
            #expect(header == ExportSpecs.bookit[table]!.map(\.name).joined(separator: "|"))
        }
        // Swedish letters are single Latin-1 bytes (ä = E4), never UTF-8 pairs.
        let causes = FixtureTestSupport.bytes("\(folder)/CA_NOT_AVAILABLE_CAUSE.txt")
        #expect(causes.contains(0xF6) && !causes.contains(0xC3))
    }

    @Test func everyISBNWrittenHasAValidCheckDigit() throws {
        var checked = 0
        for municipality in Municipality.all {
            for result in try Self.readCatalogue(municipality.code) {
                guard case .success(let read) = result else { continue }
                for value in read.record.values("020", "a") + read.record.fields("350").filter({ $0.indicator1 == 0x30 }).flatMap({ $0.values("c") }) {
                    let digits = String(value.prefix { $0 != " " }.filter { $0 != "-" })
                    if digits.count == 13 {
                        #expect(ISBN.check13(digits) == digits.last!.wholeNumberValue!, "\(value)")
                    } else {
                        #expect(digits.count == 10 && ISBN.check10(digits) == digits.last!, "\(value)")
                    }
                    checked += 1
                }
            }
        }
        #expect(checked > 1000)
    }

    @Test func catalogueBreaksAreExactlyTheTruths() throws {
        let broken = FixtureTestSupport.truth(Self.root, "broken.tsv")
        let editions = FixtureTestSupport.truth(Self.root, "editions.tsv")
        for municipality in Municipality.all {
            let results = try Self.readCatalogue(municipality.code)
            let file = Self.catalogue(municipality.code)
            let unreadable = broken.filter { $0[0] == municipality.code && $0[1] == file && $0[4] == "unreadable" }
            let failures = results.enumerated().filter { if case .failure = $0.element { true } else { false } }.map { $0.offset + 1 }
            #expect(failures == unreadable.map { Int($0[2])! }, "\(municipality.code)")
            #expect(results.count == editions.filter { $0[0] == municipality.code }.count, "\(municipality.code): every record in the truth")
        }
        #expect(broken.contains { $0[4] == "unreadable" })
    }

    @Test func tableBreaksAreExactlyTheTruths() throws {
        let broken = FixtureTestSupport.truth(Self.root, "broken.tsv")
        let items = FixtureTestSupport.truth(Self.root, "items.tsv")
        for municipality in Municipality.all {
            let tables = municipality.system == .libra ? Self.libraTables : Self.bookitTables
            for table in tables {
                let results = try Self.readTable(municipality.code, table)
                let rejected = results.enumerated().filter { $0.element.rejected != nil }.map { $0.offset + 1 }
                let expected = broken.filter { $0[0] == municipality.code && $0[1] == "\(table).txt" && $0[4] == "rejected" }
                #expect(rejected == expected.map { Int($0[2])! }, "\(municipality.code)/\(table)")
                if table == "Items" || table == "CA_COPY" {
                    #expect(results.count == items.filter { $0[0] == municipality.code }.count, "\(municipality.code): every item in the truth")
                    let badDates = results.filter { $0.findings.contains { $0.rule == "table.value-type" } }.count
                    #expect(badDates == broken.filter { $0[0] == municipality.code && $0[1] == "\(table).txt" && $0[3] == "unparsable-date" }.count)
                }
            }
        }
        #expect(broken.contains { $0[4] == "rejected" })
    }

    @Test func truthHasTheHardCases() {
        let editions = FixtureTestSupport.truth(Self.root, "editions.tsv")
        let items = FixtureTestSupport.truth(Self.root, "items.tsv")
        let kinds = Set(editions.map { $0[5] })
        #expect(kinds.isSuperset(of: ["print", "large-print", "audiobook-cd", "e-book"]))
        let variations = Set(editions.flatMap { $0[7].split(separator: ",").map(String.init) })
        #expect(variations.isSuperset(of: ["isbn-hyphens", "isbn-10", "isbn-missing", "no-subtitle", "no-isbd", "text-nfd", "text-marc8"]))
        #expect(Set(items.map { $0[7] }) == ["-", "municipality", "patron"])
        #expect(Set(items.map { $0[4] }) == ["migrate", "not-for-loan", "do-not-migrate", "rejected-row"])
        // Editions held in several municipalities: the point of deduplication.
        var holders: [String: Set<String>] = [:]
        for row in editions { holders[row[3], default: []].insert(row[0]) }
        #expect(holders.values.contains { $0.count == 8 })
    }
}

extension Array where Element == UInt8 {
    /// Little-endian 16-bit units.
    func chunked16() -> [UInt16] {
        stride(from: 0, to: count - 1, by: 2).map { UInt16(self[$0]) | UInt16(self[$0 + 1]) << 8 }
    }
}
