import Testing
@testable import Dedupe

@Suite struct DedupeModuleTests {
    @Test func formatClassesHaveStableNames() {
        #expect(FormatClass.largePrint.rawValue == "large-print")
        #expect(FormatClass.allCases.count == 17)
    }
}
