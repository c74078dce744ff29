import Foundation
import Testing
@testable import Exports

@Suite struct ConsortiumBatchTests {
    /// The shipped Skaraborg batch names the eight municipalities, seven on Libra and Tibro on BOOK-IT.
    @Test func theSkaraborgBatchShipsTheEightMunicipalities() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Mappings/skaraborg/batch.yml").path
        let batch = try BatchFile.load(path: path)
        #expect(batch.consortium.municipalities.map(\.name) == ["Gullspång", "Hjo", "Karlsborg", "Mariestad", "Skövde", "Tibro", "Tidaholm", "Töreboda"])
        #expect(batch.exports.filter { $0.system == .bookit }.map(\.municipality) == ["tibro"])
        #expect(batch.exports.filter { $0.system == .libra }.count == 7)
    }
}
