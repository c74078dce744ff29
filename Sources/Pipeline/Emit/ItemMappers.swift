import Exports
import Foundation

/// Each municipality's `ItemMapper`, from the mapping files (`mappings/<municipality>/<kind>.tsv` and the
/// consortium's `mappings/format.tsv`).
struct ItemMappers {
    private var mappers: [String: ItemMapper] = [:]
    /// What the source tables call each Koha value, by Koha table or category (`branch`, `itemtype`, `LOC`,
    /// `CCODE`, `NOT_LOAN`, `LOST`, `DAMAGED`, `WITHDRAWN`): the first municipality's name for it.
    private(set) var names: [String: [String: String]] = [:]

    init(folder: String, municipalities: [String], itemTypeOrder: [String]) throws {
        let order = try itemTypeOrder.map { name in
            guard let source = ItemMapper.ItemTypeSource(rawValue: name) else {
                throw PipelineError.invalidSetting("item_types: \"\(name)\" is none of \(ItemMapper.ItemTypeSource.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return source
        }
        let formats = try ItemMappers.table(folder, .format, "consortium")
        let formatItemTypes = Dictionary(uniqueKeysWithValues: (formats?.rows ?? []).filter(\.isFilled).map { ($0.code, $0.targets["itemtype"] ?? "") })
        for municipality in municipalities.sorted() {
            let tables = try MappingKind.perMunicipality.compactMap { try ItemMappers.table((folder as NSString).appendingPathComponent(municipality), $0, municipality) }
            mappers[municipality] = ItemMapper(tables: tables, formatItemTypes: formatItemTypes, itemTypeOrder: order)
            for table in tables + [formats].compactMap({ $0 }) { name(table) }
        }
    }

    /// Koha column of a mapping → the name it gets in Koha's setup.
    private static let categories = ["branchcode": "branch", "itemtype": "itemtype", "loc": "LOC", "ccode": "CCODE",
                                     "notforloan": "NOT_LOAN", "lost": "LOST", "damaged": "DAMAGED", "withdrawn": "WITHDRAWN"]

    private mutating func name(_ table: MappingTable) {
        for row in table.rows where row.isFilled && row.code != MappingTable.defaultCode {
            for (column, value) in row.targets {
                guard let category = ItemMappers.categories[column], !value.isEmpty, value != "-" else { continue }
                let name = column == "branchcode" ? row.targets["branchname"].flatMap { $0.isEmpty || $0 == "-" ? nil : $0 } ?? row.name : row.name
                if names[category]?[value] == nil { names[category, default: [:]][value] = name }
            }
        }
    }

    subscript(municipality: String) -> ItemMapper? { mappers[municipality] }

    private static func table(_ directory: String, _ kind: MappingKind, _ municipality: String) throws -> MappingTable? {
        let path = (directory as NSString).appendingPathComponent(MappingColumns.fileName(for: kind))
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw PipelineError.unreadableInput(path: path) }
        return try MappingTable.parse(text, kind: kind, municipality: municipality, file: path)
    }
}
