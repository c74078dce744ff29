import Exports
import Foundation

/// Each municipality's `ItemMapper`, from the mapping files (`mappings/<municipality>/<kind>.tsv` and the
/// consortium's `mappings/format.tsv`).
struct ItemMappers {
    private var mappers: [String: ItemMapper] = [:]

    init(folder: String, municipalities: [String], itemTypeOrder: [String]) throws {
        let order = try itemTypeOrder.map { name in
            guard let source = ItemMapper.ItemTypeSource(rawValue: name) else {
                throw PipelineError.invalidSetting("item_types: \"\(name)\" is none of \(ItemMapper.ItemTypeSource.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return source
        }
        let formats = try ItemMappers.table(folder, .format, "consortium")
        let formatItemTypes = Dictionary(uniqueKeysWithValues: (formats?.rows ?? []).filter(\.isFilled).map { ($0.code, $0.targets["itemtype"] ?? "") })
        for municipality in municipalities {
            let tables = try MappingKind.perMunicipality.compactMap { try ItemMappers.table((folder as NSString).appendingPathComponent(municipality), $0, municipality) }
            mappers[municipality] = ItemMapper(tables: tables, formatItemTypes: formatItemTypes, itemTypeOrder: order)
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
