import Foundation
import MARC

/// A plain-MARC export (system `marc`) for stage tests: `records` as ISO2709 in `<root>/exports/<municipality>/records.mrc`.
enum MARCExportFolder {
    static func write(_ records: [Record], municipality: String, root: String) throws {
        let folder = root + "/exports/" + municipality
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var writer = ISO2709Writer(output: try ByteOutput(path: folder + "/records.mrc"))
        for record in records { try writer.write(record) }
        try writer.finish()
    }
}
