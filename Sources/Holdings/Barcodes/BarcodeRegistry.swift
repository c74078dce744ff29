/// Every barcode that exists somewhere, with who has it, so that a new barcode is never one already printed:
/// not any copy's barcode or other label as exported, not a patron card, not another new barcode.
struct BarcodeRegistry: Sendable {
    private var owners: [String: String] = [:]

    /// Registers the copies' chosen barcodes first, then the patron cards, then every other label, so that
    /// an owner is named by the most telling of its uses.
    init(_ copies: [PreparedCopy], patrons: [PatronBarcode]) {
        for copy in copies {
            if let value = copy.value { reserve(value, owner: "the barcode of \(copy.item)") }
        }
        for patron in patrons {
            let value = patron.barcode.trimmingSurroundingSpaces
            if !value.isEmpty { reserve(value, owner: "a patron card in \(patron.municipality)") }
        }
        for copy in copies {
            for label in copy.candidate.labels {
                let value = label.value.trimmingSurroundingSpaces
                if !value.isEmpty { reserve(value, owner: "a label of \(copy.item)") }
            }
        }
    }

    /// Who already has the barcode (compared as Koha compares), or nil when it is free.
    func owner(of barcode: String) -> String? { owners[BarcodeText.key(barcode)] }

    /// Takes the barcode; the first owner registered stays its owner.
    mutating func reserve(_ barcode: String, owner: String) {
        let key = BarcodeText.key(barcode)
        if owners[key] == nil { owners[key] = owner }
    }
}
