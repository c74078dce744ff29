import Exports
import Foundation
import MARC
import Reports

/// The run's validation: every catalogue file the emit wrote through `CatalogueValidator`, against the Koha setup
/// the emit wrote beside it; every finding in `validation.csv`. Any error fails the stage: Koha would reject or
/// mangle what it names.
public struct ValidateStage {
    let batch: BatchFile

    public init(batch: BatchFile) { self.batch = batch }

    public func run() throws -> ValidationSummary {
        let output = batch.resolve(batch.output)
        let folder = (output as NSString).appendingPathComponent("catalogue")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix("catalogue-") }.sorted()
        var validator = CatalogueValidator(setup: try KohaSetupCodes.load(folder: (output as NSString).appendingPathComponent("koha-setup")))
        var report = ValidationReportFormat.csv.report(to: try ByteOutput(path: (output as NSString).appendingPathComponent("validation.csv")))
        for file in files {
            try validator.validate(file: (folder as NSString).appendingPathComponent(file)) { try report.write($0) }
        }
        try report.finish(validator.summary)
        guard validator.summary.errors == 0 else {
            throw PipelineError.catalogueInvalid(validator.summary.line)
        }
        return validator.summary
    }
}
