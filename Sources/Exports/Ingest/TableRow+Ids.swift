import Foundation

extension TableRow {
    /// A code or id as text, trimmed; nil when empty.
    func id(_ column: String) -> String? {
        guard let text = string(column) else { return nil }
        // Most ids start and end with ASCII that is not whitespace (space, tab): nothing to trim.
        let utf8 = text.utf8
        if let first = utf8.first, let last = utf8.last, first < 0x80, last < 0x80, first != 0x20, first != 0x09,
           last != 0x20, last != 0x09 {
            return text
        }
        let value = text.trimmingCharacters(in: .whitespaces)
        return value.isEmpty ? nil : value
    }

    /// An id column where 0 means "none", as Libra writes absent foreign keys.
    func nonZeroID(_ column: String) -> String? {
        guard let value = id(column), value != "0" else { return nil }
        return value
    }

    /// A price as the dump writes it (`199,50`, `249:-`), as a plain decimal (`199.5`); the text as it stands
    /// when it is not a number, so nothing is lost.
    func price(_ column: String) -> String? {
        if let value = decimal(column) { return "\(value)" }
        return id(column)
    }
}
