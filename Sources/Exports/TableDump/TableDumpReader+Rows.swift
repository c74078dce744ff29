import MARC

extension TableDumpReader {
    /// Checks a framed row against the spec and counts it.
    mutating func result(for framed: FramedRow) -> TableDumpResult {
        summary.rowsRead += 1
        let location = RecordLocation(file: summary.file, recordNumber: summary.rowsRead, byteOffset: framed.byteOffset,
                                      line: framed.line)
        var findings: [Finding] = []
        let columns = spec.columns

        if framed.unterminatedQuote {
            let lines = framed.lastLine > framed.line ? "lines \(framed.line)–\(framed.lastLine)" : "line \(framed.line)"
            findings.append(Finding(.error, "table.unterminated-quote",
                                    "a quote opens in this row and never closes before the end of the file; \(lines) are kept aside unread, as the row's text: \(Self.excerpt(framed.rawText))",
                                    at: location))
        } else if framed.fields.count != columns.count {
            let fewer = framed.fields.count < columns.count
            let count = framed.fields.count
            findings.append(Finding(.error, "table.column-count",
                                    "the row has \(count) value\(count == 1 ? "" : "s") but \(spec.table) has \(columns.count) columns (\(fewer ? "too few" : "too many")); a delimiter or line break inside a value may be missing its quotes or escape. The row is kept aside with its text: \(Self.excerpt(framed.rawText))",
                                    at: location))
        }
        for bad in framed.undecodable {
            let bytes = bad.bytes.map { "0x" + String($0, radix: 16, uppercase: true) }.joined(separator: " ")
            let column = bad.field < columns.count ? "column \(columns[bad.field].name)" : "value \(bad.field + 1)"
            var at = location
            at.byteOffset = bad.byteOffset
            findings.append(Finding(.warning, "table.undecodable",
                                    "\(column): byte \(bytes) is not \(decoder!.encoding.displayName) and was read as �; check the character in the source system",
                                    at: at))
        }
        let rejected = findings.contains { $0.severity == .error }
        if rejected {
            count(findings)
            summary.rowsRejected += 1
            return .rejected(RejectedRow(rowNumber: summary.rowsRead, line: framed.line, byteOffset: framed.byteOffset,
                                         byteLength: framed.byteLength, rawText: framed.rawText, values: framed.fields,
                                         findings: findings))
        }

        var invalid = Set<Int>()
        for (index, column) in columns.enumerated() {
            let value = framed.fields[index]
            guard !value.isBlank else { continue }
            let check = ValueParsing.check(Substring(value), as: column.type)
            if !check.ok {
                invalid.insert(index)
                findings.append(Finding(.warning, "table.value-type",
                                        "column \(column.name) (\(column.typeName)): \"\(value)\" is not \(check.expected); the row is kept and the value is read as empty",
                                        at: location))
            } else if column.type == .string, let length = column.length, length > 0, value.utf8.count > length,
                      value.count > length {
                findings.append(Finding(.warning, "table.value-length",
                                        "column \(column.name) (\(column.typeName) \(length)): the value has \(value.count) characters, more than the spec allows; it is kept whole",
                                        at: location))
            }
        }
        count(findings)
        summary.rowsStored += 1
        if !findings.isEmpty { summary.rowsWithFindings += 1 }
        return .row(TableRow(spec: spec, rowNumber: summary.rowsRead, line: framed.line, byteOffset: framed.byteOffset,
                             values: framed.fields, findings: findings, invalid: invalid))
    }

    private mutating func count(_ findings: [Finding]) {
        for finding in findings { summary.findings[finding.rule, default: 0] += 1 }
    }

    /// The start of a row's text, quoted for a finding.
    static func excerpt(_ text: String) -> String {
        let limit = 200
        let shown = text.count > limit ? String(text.prefix(limit)) + "…" : text
        return "«" + shown.replacingLineBreaks() + "»"
    }
}

extension String {
    /// Empty or only spaces (U+0020): the same as every Character being " ", since no other character is
    /// canonically equivalent to a space.
    var isBlank: Bool { utf8.allSatisfy { $0 == 0x20 } }

    /// Line breaks shown as ⏎, so a finding stays on one line.
    func replacingLineBreaks() -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in unicodeScalars where scalar != "\r" { scalars.append(scalar == "\n" ? "⏎" : scalar) }
        return String(scalars)
    }
}
