import Testing
@testable import Exports

@Suite struct ExportsModuleTests {
    @Test func moduleLinks() { _ = Exports.self }
}
