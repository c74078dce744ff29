@testable import FixtureGenerator

/// The column lists of the tables the adapters read, as `<Table>spec.txt` lines. They are the fixture
/// generator's (one copy of the layout for the whole project, no ../shared needed); `SpecColumnsTests`
/// checks them against the real spec files in ../shared where those are present.
enum SpecColumns {
    static let libra = ExportSpecs.libra.mapValues { $0.map(\.specLine) }
    static let bookit = ExportSpecs.bookit.mapValues { $0.map(\.specLine) }
}
