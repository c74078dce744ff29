import Foundation

extension TableRow {
    /// A code or id as text, trimmed; nil when empty.
    func id(_ column: String) -> String? {
        guard let value = string(column)?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        return value
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
