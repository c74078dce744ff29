import MARC
import Testing
import Workspace
@testable import Pipeline

@Suite struct CallNumberTests {
    let record = Record(fields: [
        Field(tag: "084", subfields: [Subfield("a", "Hc.01/LC"), Subfield("2", "kssb/8")]),
        Field(tag: "852", subfields: [Subfield("h", "Hc Guillou")]),
    ])

    func item(_ callNumber: String?) -> StoredItem {
        var item = StoredItem(localID: "1", file: "Items.txt", line: 2)
        item.callNumber = callNumber
        return item
    }

    @Test func theCopysOwnRowComesFirstThenItsRecord() {
        #expect(CallNumberSource.callNumber(for: item("Hcf Guillou"), in: record) == "Hcf Guillou")
        #expect(CallNumberSource.callNumber(for: item("  "), in: record) == "Hc Guillou")
        #expect(CallNumberSource.callNumber(for: item(nil), in: record, order: [.bookit081, .sab084]) == "Hc.01", "the media suffix is not shelf")
        #expect(CallNumberSource.callNumber(for: item(nil), in: Record(fields: [Field(tag: "081", subfields: [Subfield("h", "Hc")])])) == "Hc")
        #expect(CallNumberSource.callNumber(for: item(nil), in: Record()) == nil)
    }
}
