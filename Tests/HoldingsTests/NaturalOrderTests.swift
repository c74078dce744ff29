@testable import Holdings
import Testing

@Suite struct NaturalOrderTests {
    @Test func numbersCompareByValue() {
        #expect(NaturalOrder.less("9999", "10004"))
        #expect(NaturalOrder.less("a2", "a10"))
        #expect(NaturalOrder.less("a10", "b1"))
        #expect(!NaturalOrder.less("10004", "9999"))
    }

    /// `007` and `7` are equal by value; their bytes decide, so the order stays total.
    @Test func equalValuesAreOrderedByBytes() {
        #expect(NaturalOrder.compare("007", "7") == -1)
        #expect(NaturalOrder.compare("7", "007") == 1)
        #expect(NaturalOrder.compare("7", "7") == 0)
    }
}
