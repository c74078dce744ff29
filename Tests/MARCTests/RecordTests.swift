import Testing
@testable import MARC

@Suite struct RecordTests {
    @Test func tagsCompareAsBytes() {
        let tag: MARC.Tag = "245"
        #expect(tag.description == "245")
        #expect(MARC.Tag("001" as String)!.isControlField)
        #expect(!MARC.Tag("010" as String)!.isControlField)
        #expect(MARC.Tag("020" as String)! < MARC.Tag("245" as String)!)
        #expect(MARC.Tag("24" as String) == nil)
    }
}
