import Foundation
import Koha

/// The codes a Koha setup defines, read from the CSV files `samkat emit` writes in `koha-setup/`
/// (`branches.csv`, `itemtypes.csv`, `authorised_values.csv`, columns as `KohaSetup.Table` names them),
/// or edited from them in a spreadsheet (`;` and Latin-1 are read too).
public struct KohaSetupCodes: Sendable, Equatable {
    public var branches: Set<String>
    public var itemTypes: Set<String>
    public var authorisedValues: [KohaSetup.Category: Set<String>]

    public init(branches: Set<String> = [], itemTypes: Set<String> = [], authorisedValues: [KohaSetup.Category: Set<String>] = [:]) {
        self.branches = branches
        self.itemTypes = itemTypes
        self.authorisedValues = authorisedValues
    }

    /// The codes a `KohaSetup` would write.
    public init(_ setup: KohaSetup) {
        branches = Set(setup.branches.map(\.code))
        itemTypes = Set(setup.itemTypes.map(\.code))
        authorisedValues = Dictionary(grouping: setup.authorisedValues, by: \.category).mapValues { Set($0.map(\.value)) }
    }

    /// Reads the setup folder.
    /// - Throws: `KohaSetupCodesError` when a file or one of its key columns is missing.
    public static func load(folder: String) throws -> KohaSetupCodes {
        var codes = KohaSetupCodes()
        codes.branches = Set(try column(folder, .branches, "branchcode").map { $0[0] })
        codes.itemTypes = Set(try column(folder, .itemTypes, "itemtype").map { $0[0] })
        for row in try column(folder, .authorisedValues, "category", "authorised_value") {
            guard let category = KohaSetup.Category(rawValue: row[0]) else { continue }
            codes.authorisedValues[category, default: []].insert(row[1])
        }
        return codes
    }

    /// The named columns of every row after the header, in the order asked.
    private static func column(_ folder: String, _ table: KohaSetup.Table, _ names: String...) throws -> [[String]] {
        let path = (folder as NSString).appendingPathComponent(table.rawValue + ".csv")
        guard FileManager.default.fileExists(atPath: path) else { throw KohaSetupCodesError.missingFile(path: path) }
        let rows = CSV.rows(try CSV.text(ofFile: path))
        guard let header = rows.first?.cells.map({ $0.trimmingCharacters(in: .whitespaces) }) else { return [] }
        var indices: [Int] = []
        for name in names {
            guard let index = header.firstIndex(of: name) else { throw KohaSetupCodesError.missingColumn(path: path, column: name) }
            indices.append(index)
        }
        return rows.dropFirst().map { row in
            indices.map { $0 < row.cells.count ? row.cells[$0].trimmingCharacters(in: .whitespaces) : "" }
        }
    }
}

/// The setup folder given to `samkat validate --setup` cannot be read.
public enum KohaSetupCodesError: Error, Hashable, Sendable, CustomStringConvertible {
    case missingFile(path: String)
    case missingColumn(path: String, column: String)

    public var description: String {
        switch self {
        case .missingFile(let path):
            "\(path) does not exist; --setup takes the koha-setup folder samkat emit writes (branches.csv, itemtypes.csv, "
                + "authorised_values.csv)"
        case .missingColumn(let path, let column):
            "\(path) has no column \"\(column)\" in its header row; keep the header samkat emit wrote"
        }
    }
}
