import MARC

extension Field {
    /// The folded content of the subfields with their codes, for telling repeats apart (`$ahäxan$2sao`):
    /// values by `TextFold`, so case, punctuation and spacing make no difference. Codes in `ignoring` are left
    /// out, and so are subfields that fold to nothing. A field without subfields (a control field, or Aleph's
    /// `FMT  BK`) is its value as it is, behind `=`.
    func foldedContent(ignoring: Set<UInt8> = []) -> String {
        if subfields.isEmpty { return value.isEmpty ? "" : "=" + value }
        var key = ""
        for subfield in subfields where !ignoring.contains(subfield.code) {
            let folded = TextFold.key(subfield.value)
            if folded.isEmpty { continue }
            key += "$" + subfield.codeText + folded
        }
        return key
    }
}
