import Foundation
import MARC
import Reports
import Testing

/// `samkat validate` over the demo's emitted catalogue, in both formats, with the setup the emit wrote: every
/// record read back and no error (today not even a warning: the demo's broken records are repaired or
/// rejected before the catalogue).
extension DemoEmitTests {
    @Test(arguments: ["marcxml", "iso2709"])
    func theEmittedCatalogueValidatesWithoutAnError(format: String) throws {
        let (summary, folder) = try emit("out-validate-\(format)", format: format)
        var validator = CatalogueValidator(setup: try KohaSetupCodes.load(folder: folder + "/koha-setup"))
        var errors: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder + "/catalogue").sorted() {
            try validator.validate(file: folder + "/catalogue/" + name) { finding in
                if finding.severity == .error { errors.append(finding.description) }
            }
        }
        #expect(validator.summary.records == summary.records)
        #expect(validator.summary.unreadable == 0)
        #expect(errors.prefix(20) == [], "\(validator.summary.line); \(validator.summary.rules)")
    }
}
