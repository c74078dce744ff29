import Foundation

extension String {
    /// The value without surrounding spaces, tabs, line breaks or no-break spaces (as exports pad them).
    var trimmingSurroundingSpaces: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}

/// How Koha sees a barcode.
enum BarcodeText {
    /// Koha's limit for 952 $p (`items.barcode` is `varchar(20)`).
    static let maximumLength = 20

    /// Length as the database counts it: characters (Unicode code points), not bytes.
    static func length(_ barcode: String) -> Int { barcode.unicodeScalars.count }

    /// The form two barcodes collide in. Koha creates `items` with the `utf8mb4_unicode_ci` collation, whose
    /// unique index ignores case and accents, so `ab12` and `AB12` cannot both be imported: they are compared
    /// folded here too.
    static func key(_ barcode: String) -> String {
        if barcode.utf8.allSatisfy({ $0 < 0x80 }) { return barcode.uppercased() }
        return barcode.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil).uppercased()
    }
}
