import MARC

/// A copy after its label was chosen and normalised, before any collision is looked at.
struct PreparedCopy: Sendable {
    var candidate: BarcodeCandidate
    /// The chosen label as exported; nil when the copy has no usable label.
    var chosen: BarcodeLabel?
    /// The chosen label's value with spaces and configured check characters trimmed.
    var value: String?
    /// The normalisations applied, in order, each with its words.
    var steps: [(kind: BarcodeChange.Kind, words: String)]
    var alternatives: [BarcodeLabel]

    var item: ItemReference { candidate.item }
}

extension PreparedCopy {
    /// Chooses the copy's barcode: the first label in `BarcodeLabel.stableOrder` (a primary label if there is
    /// one) among those that are not blank. Blank labels are ignored and reported; the other labels are kept as
    /// alternatives. The chosen value loses its surrounding spaces, then any check characters the policy trims
    /// for the municipality.
    init(_ candidate: BarcodeCandidate, policy: BarcodePolicy, findings: inout [Finding]) {
        self.candidate = candidate
        let item = candidate.item
        var usable: [BarcodeLabel] = []
        for label in candidate.labels.sorted(by: BarcodeLabel.stableOrder) {
            if label.value.trimmingSurroundingSpaces.isEmpty {
                findings.append(Finding(.info, "barcode.blank-label", "\(item) has a blank \(label.kindInWords); it is ignored"))
            } else {
                usable.append(label)
            }
        }
        let primaries = usable.filter(\.isPrimary)
        if primaries.count > 1 {
            let values = primaries.map { "'\($0.value)'" }.joined(separator: ", ")
            let message = "\(item) has \(primaries.count) primary labels (\(values)); "
                + "the first in label order, '\(primaries[0].value)', becomes its barcode"
            findings.append(Finding(.warning, "barcode.several-primary", message))
        }
        chosen = usable.first
        alternatives = Array(usable.dropFirst())
        steps = []
        guard let chosen else {
            value = nil
            let message = "\(item) (branch \(candidate.branch)) has no barcode in the export; "
                + "it is migrated without one and needs a label"
            findings.append(Finding(.warning, "barcode.missing", message))
            return
        }
        var value = chosen.value.trimmingSurroundingSpaces
        if value != chosen.value { steps.append((.spacesTrimmed, "surrounding spaces removed")) }
        if let trim = policy.trimPlesseyCheckDigit[candidate.municipality] {
            value = Self.trimCheckCharacters(value, trim, item: item, steps: &steps, findings: &findings)
        }
        self.value = value
    }

    private static func trimCheckCharacters(_ value: String, _ trim: CheckDigitTrim, item: ItemReference,
                                            steps: inout [(kind: BarcodeChange.Kind, words: String)],
                                            findings: inout [Finding]) -> String {
        let length = BarcodeText.length(value)
        if let only = trim.onlyLength, only != length { return value }
        guard length > trim.characters else {
            let message = "\(item)'s barcode '\(value)' is too short to carry \(trim.characters) check character(s); "
                + "it is kept as it is"
            findings.append(Finding(.warning, "barcode.check-digit-short", message))
            return value
        }
        let scalars = value.unicodeScalars
        let dropped = String(String.UnicodeScalarView(scalars.suffix(trim.characters)))
        steps.append((.checkDigitTrimmed, "check character(s) '\(dropped)' trimmed"))
        return String(String.UnicodeScalarView(scalars.dropLast(trim.characters)))
    }
}

extension BarcodeLabel {
    var kindInWords: String { labelType.map { "label of type \($0)" } ?? "label" }
}
