import Holdings

/// A small consortium with one of each problem, shared by the policy tests.
///
/// - hjo 2 and skovde 7 share `5000` (across municipalities); `HJ5000` is already hjo 9's barcode, so the prefix
///   would create a new collision.
/// - hjo 3 and hjo 4 share `7777` (within one municipality).
/// - hjo 10 has `8888`, a patron card in hjo.
/// - hjo 11 and skovde 12 share a 19-character barcode that a two-letter prefix makes 21 characters long.
/// - skovde 13's barcode is 22 characters as exported.
/// - hjo 5 has spaces around its barcode; hjo 6 has no label; hjo 7 has an RFID label and a primary barcode.
/// - hjo 1, hjo 9 and skovde 9 collide with nothing.
enum Consortium {
    static let long19 = "1234567890123456789"
    static let long22 = "ABCDEFGHIJKLMNOPQRSTUV"

    static func copy(_ municipality: String, _ id: String, branch: String = "1", _ labels: BarcodeLabel...) -> BarcodeCandidate {
        BarcodeCandidate(municipality: municipality, itemID: id, branch: branch, labels: labels)
    }

    static let candidates: [BarcodeCandidate] = [
        copy("hjo", "1", BarcodeLabel("1001", isPrimary: true)),
        copy("hjo", "2", BarcodeLabel("5000", isPrimary: true)),
        copy("hjo", "3", branch: "2", BarcodeLabel("7777", isPrimary: true)),
        copy("hjo", "4", branch: "2", BarcodeLabel("7777", isPrimary: true)),
        copy("hjo", "5", BarcodeLabel("  3003 ", isPrimary: true)),
        copy("hjo", "6", branch: "2"),
        copy("hjo", "7", BarcodeLabel("E2000001", labelType: "2"), BarcodeLabel("6006", isPrimary: true, labelType: "1")),
        copy("hjo", "9", BarcodeLabel("HJ5000", isPrimary: true)),
        copy("hjo", "10", BarcodeLabel("8888", isPrimary: true)),
        copy("hjo", "11", BarcodeLabel(long19, isPrimary: true)),
        copy("skovde", "7", branch: "10", BarcodeLabel("5000", isPrimary: true)),
        copy("skovde", "9", branch: "10", BarcodeLabel("2002", isPrimary: true)),
        copy("skovde", "12", branch: "11", BarcodeLabel(long19, isPrimary: true)),
        copy("skovde", "13", branch: "11", BarcodeLabel(long22, isPrimary: true)),
    ]

    static let patrons = [PatronBarcode(municipality: "hjo", barcode: "8888"), PatronBarcode(municipality: "skovde", barcode: "P-1")]

    static let prefixes = ["hjo": "HJ", "skovde": "SK"]

    static func assign(_ policy: BarcodePolicy, candidates: [BarcodeCandidate] = candidates,
                       patrons: [PatronBarcode] = patrons) -> BarcodeAssignmentResult {
        BarcodeAssignment.assign(candidates: candidates, patrons: patrons, policy: policy)
    }
}

extension BarcodeAssignmentResult {
    func barcode(_ municipality: String, _ itemID: String) -> String? { item(municipality, itemID)?.barcode }

    func change(_ municipality: String, _ itemID: String) -> BarcodeChange? {
        changes.first { $0.municipality == municipality && $0.itemID == itemID }
    }
}
