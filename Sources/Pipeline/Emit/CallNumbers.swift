import Foundation
import MARC
import Workspace

/// Where a copy's call number (952 $o) comes from, first found wins. Always the copy's own row and its own
/// source record as exported, never the surviving record of a cluster: a call number is a library's shelf.
public enum CallNumberSource: String, Sendable, CaseIterable, Codable {
    /// The item row's own (Libra Location_Marc, BOOK-IT DEVIATING_LOCATION_MARC).
    case item
    /// Libra's bibliographic 852 $h.
    case libra852 = "852h"
    /// BOOK-IT's shelf signum, 081 $h.
    case bookit081 = "081h"
    /// The SAB classification, 084 $a (without its `/media` suffix).
    case sab084 = "084a"

    public static let defaultOrder: [CallNumberSource] = [.item, .libra852, .bookit081, .sab084]

    /// The first call number `order` finds for `item` of `record`.
    static func callNumber(for item: StoredItem, in record: Record, order: [CallNumberSource] = defaultOrder) -> String? {
        for source in order {
            let value: String? = switch source {
            case .item: item.callNumber
            case .libra852: record.firstValue("852", "h")
            case .bookit081: record.firstValue("081", "h")
            case .sab084: record.fields("084").first { field in
                    field.subfields.contains { $0.code == 0x32 && $0.value.lowercased().hasPrefix("kssb") } || !field.subfields.contains { $0.code == 0x32 }
                }?.subfields.first { $0.code == 0x61 }?.value.split(separator: "/").first.map(String.init)
            }
            if let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty { return value }
        }
        return nil
    }
}
