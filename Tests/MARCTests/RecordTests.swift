import Testing
@testable import MARC

@Suite struct RecordTests {
    @Test func tagsCompareAsBytes() {
        // `MARC.Tag`: Swift Testing has a `Tag` too. Text through variables, so the failable init is used
        // rather than the string-literal one (which traps on a length other than three).
        let tag: MARC.Tag = "245"
        let (t001, t010, t020, t24) = ("001", "010", "020", "24")
        #expect(tag.description == "245")
        #expect(MARC.Tag(t001)!.isControlField)
        #expect(!MARC.Tag(t010)!.isControlField)
        #expect(MARC.Tag(t020)! < tag)
        #expect(MARC.Tag(t24) == nil)
    }
}
