import Testing

@Suite struct CommandLineTests {
    @Test func placeholder() { #expect(1 + 1 == 2) }
}
