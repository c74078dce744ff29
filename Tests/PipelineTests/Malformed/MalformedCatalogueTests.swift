import Testing

/// The catalogue of malformed inputs as a whole (docs/malformed-inputs.md lists it).
@Suite struct MalformedCatalogueTests {
    @Test func holdsAtLeastFortyCasesWithDistinctNames() {
        let names = MalformedCatalogue.catalogueCases.map(\.testDescription) + MalformedCatalogue.tableCases.map(\.testDescription)
        #expect(names.count >= 40)
        #expect(Set(names).count == names.count)
    }
}
