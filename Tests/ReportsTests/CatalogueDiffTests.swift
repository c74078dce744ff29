import Foundation
import MARC
import Testing
@testable import Reports

@Suite struct CatalogueDiffTests {
    typealias F = DiffFixture

    static let hjo1 = F.record("=001  1", "=005  20260101120000.0", "=035  \\\\$a(hjo-libra)1", "=245  10$aGammal titel",
                               "=650  \\7$aHästar", "=650  \\7$aHundar", "=952  \\\\$aHJO$pH1")
    static let hjo2 = F.record("=001  2", "=035  \\\\$a(hjo-libra)2", "=245  10$aSamma")
    static let hjo3 = F.record("=001  3", "=035  \\\\$a(hjo-libra)3", "=245  10$aBorta", "=952  \\\\$aHJO$pH3")

    @Test func identicalCataloguesHaveNoDifferenceWhetherFileOrFolder() throws {
        let fixture = try F()
        let file = try fixture.write("a.txt", [Self.hjo1, Self.hjo2, Self.hjo3])
        try fixture.write("b/catalogue-0001.txt", [Self.hjo1, Self.hjo2])
        try fixture.write("b/catalogue-0002.txt", [Self.hjo3])
        try fixture.write("b/.hidden", ["not a catalogue"])
        let (summary, differences) = try F.diff(file, fixture.folder.appendingPathComponent("b").path)
        #expect(differences.isEmpty)
        #expect(!summary.hasDifferences)
        #expect(summary.recordsA == 3 && summary.recordsB == 3 && summary.unchanged == 3)
    }

    @Test func addedRemovedAndChangedRecordsAreFoundAndDescribed() throws {
        let fixture = try F()
        let changed = F.record("=001  1", "=005  20260101120000.0", "=035  \\\\$a(hjo-libra)1", "=245  10$aNy titel",
                               "=650  \\7$aHundar", "=952  \\\\$aHJO$pH1", "=952  \\\\$aHJO$pH9")
        let added = F.record("=001  4", "=035  \\\\$a(tibro-bookit)4", "=245  10$aNy post", "=952  \\\\$aTIB$pT4")
        let a = try fixture.write("a.txt", [Self.hjo1, Self.hjo2, Self.hjo3])
        let b = try fixture.write("b.txt", [added, Self.hjo2, changed])
        let (summary, differences) = try F.diff(a, b)
        #expect(summary.recordsA == 3 && summary.recordsB == 3)
        #expect((summary.added, summary.removed, summary.changed, summary.unchanged) == (1, 1, 1, 1))
        #expect(summary.items == DiffSummary.Items(added: 2, removed: 1, changed: 0), "H9 and T4 added, H3 removed")
        #expect(differences.map(\.status) == [.changed, .removed, .added], "A's order, then B's additions")
        #expect(differences.map(\.id) == ["(hjo-libra)1", "(hjo-libra)3", "(tibro-bookit)4"])
        #expect(differences[0].a?.recordNumber == 1 && differences[0].b?.recordNumber == 3)
        #expect(differences[0].changes == [
            FieldChange(tag: "245", kind: .changed, old: "=245  10$aGammal titel", new: "=245  10$aNy titel"),
            FieldChange(tag: "650", kind: .removed, old: "=650  \\7$aHästar", new: nil),
            FieldChange(tag: "952", kind: .added, old: nil, new: "=952  \\\\$aHJO$pH9"),
        ])
        #expect(differences[1].changes.map(\.old) == ["=LDR  00000nam\\a2200000\\i\\4500", "=001  3",
                                                     "=035  \\\\$a(hjo-libra)3", "=245  10$aBorta", "=952  \\\\$aHJO$pH3"])
        #expect(differences[2].changes.allSatisfy { $0.kind == .added && $0.old == nil })
        #expect(differences[2].b?.recordNumber == 1 && differences[2].a == nil)
    }

    @Test func aMergedRecordPairsThroughAnyOfItsProvenance035s() throws {
        let fixture = try F()
        let skovde = F.record("=001  7", "=035  \\\\$a(skovde-libra)7", "=245  10$aSamma bok")
        let hjo = F.record("=001  5", "=035  \\\\$a(hjo-libra)5", "=245  10$aSamma bok")
        // Merged in B: the LIBRIS number is not provenance, and the survivor's 035 comes second.
        let merged = F.record("=001  SAMKAT1", "=035  \\\\$a(SE-LIBR)123", "=035  \\\\$a(hjo-libra)5",
                              "=035  \\\\$a(skovde-libra)7", "=245  10$aSamma bok")
        let split = try fixture.write("split.txt", [skovde, hjo])
        let joined = try fixture.write("merged.txt", [merged])

        let (forward, mergedDifferences) = try F.diff(split, joined)
        #expect((forward.changed, forward.removed, forward.added) == (1, 1, 0))
        #expect(mergedDifferences[0].status == .changed && mergedDifferences[0].id == "(skovde-libra)7",
                "the merged record pairs with A's first record it shares an 035 with")
        #expect(mergedDifferences[1].status == .removed && mergedDifferences[1].id == "(hjo-libra)5")

        let (backward, splitDifferences) = try F.diff(joined, split)
        #expect((backward.changed, backward.removed, backward.added) == (1, 0, 1))
        #expect(splitDifferences.map(\.id) == ["(skovde-libra)7", "(hjo-libra)5"],
                "B's first part takes the merged record, named by the key they share; the other part is added")
        #expect(splitDifferences[1].status == .added)
    }

    @Test func recordsWithout035PairBy001And003() throws {
        let fixture = try F()
        let a = try fixture.write("a.txt", [F.record("=001  x1", "=003  SE-X", "=245  10$aFörr"),
                                            F.record("=001  x2", "=245  10$aUtan 003")])
        let b = try fixture.write("b.txt", [F.record("=001  x2", "=003  SE-X", "=245  10$aUtan 003"),
                                            F.record("=001  x1", "=003  SE-X", "=245  10$aNu")])
        let (summary, differences) = try F.diff(a, b)
        #expect((summary.changed, summary.removed, summary.added) == (1, 1, 1), "x2 without 003 is another record")
        #expect(differences[0].id == "001 x1 (003 SE-X)")
        #expect(differences[0].changes == [FieldChange(tag: "245", kind: .changed, old: "=245  10$aFörr", new: "=245  10$aNu")])
        #expect(differences[1].id == "001 x2" && differences[1].status == .removed)
    }

    @Test func ignoredTagsAndTheLeadersLengthAreNotCompared() throws {
        let fixture = try F()
        var later = Self.hjo1.replacingOccurrences(of: "=005  20260101120000.0", with: "=005  20261130080000.0")
        later = later.replacingOccurrences(of: "=LDR  00000", with: "=LDR  01234")
        let a = try fixture.write("a.txt", [Self.hjo1])
        let b = try fixture.write("b.txt", [later])
        let (plain, differences) = try F.diff(a, b)
        #expect(plain.changed == 1)
        #expect(differences[0].changes.map(\.tag) == ["005"])
        let (ignoring, none) = try F.diff(a, b, settings: try DiffSettings(ignoring: ["005"]))
        #expect(ignoring.unchanged == 1 && none.isEmpty && !ignoring.hasDifferences)
        #expect(throws: DiffError.badIgnoredTag("05")) { try DiffSettings(ignoring: ["05"]) }
    }

    @Test func manyRecordsInAnotherOrderPairAndOneChangeIsFound() throws {
        let fixture = try F()
        let records = (1...3000).map { F.record("=001  \($0)", "=035  \\\\$a(mariestad-libra)\($0)", "=245  10$aBok \($0)") }
        var shuffled = Array(records.reversed())
        shuffled[100] = shuffled[100].replacingOccurrences(of: "$aBok", with: "$aBok, ny upplaga")
        let (summary, differences) = try F.diff(try fixture.write("a.txt", records), try fixture.write("b.txt", shuffled))
        #expect(summary.unchanged == 2999 && summary.changed == 1)
        #expect(differences.map(\.id) == ["(mariestad-libra)2900"])
    }

    @Test func theFirstCatalogueCannotBeStandardInput() throws {
        let fixture = try F()
        let b = try fixture.write("b.txt", [Self.hjo1])
        #expect(throws: DiffError.standardInputTwice) { try F.diff("-", b) }
        #expect(throws: DiffError.notFound(path: "/nonexistent/a")) { try F.diff("/nonexistent/a", b) }
    }
}
