import Testing
@testable import MARC

@Suite struct RecordTests {
    @Test func tagsCompareAsBytes() {
        let tag: Tag = "245"
        #expect(tag.description == "245")
        #expect(Tag("001")!.isControlField)
        #expect(!Tag("010")!.isControlField)
        #expect(Tag("020")! < Tag("245")!)
        #expect(Tag("24") == nil)
    }
}
