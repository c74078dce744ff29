import MARC

extension RecordMerge {
    /// The 020s other members add. An ISBN is the same as another when `ISBN.read` gives the same ISBN-13,
    /// whether written as ISBN-10 or -13, with hyphens or without.
    ///
    /// - A valid $a (check digit right) is added as `020 $a` unless the merged record already has it in an $a,
    ///   with the text as first written and the $q qualifiers of its field (not its $c price, which is local).
    /// - A $z, or an $a whose check digit is wrong, is added as `020 $z` unless the merged record has the
    ///   number in any form; a value that reads as no ISBN but holds a digit (a number cut short) likewise,
    ///   told apart by its folded text.
    /// - An 020 with no $a or $z, or a value without any digit, carries no number and goes to `lacks`.
    static func isbnFields(survivor: Record, others: [MergeMember]) -> [Field] {
        var strong = Set<String>()  // ISBN-13s in $a with a valid check digit
        var seen = Set<String>()  // every ISBN-13, and the folded text of values that read as none
        for field in survivor.fields where field.tag == "020" {
            for subfield in field.subfields where isISBNCode(subfield.code) {
                guard let reading = ISBN.read(subfield.value) else {
                    seen.insert("text:" + TextFold.key(subfield.value))
                    continue
                }
                seen.insert(reading.isbn13)
                if subfield.code == 0x61 && reading.checkDigitValid { strong.insert(reading.isbn13) }
            }
        }
        var added: [Field] = []
        for member in others {
            for field in member.record.fields where field.tag == "020" {
                let qualifiers = field.subfields.filter { $0.code == 0x71 }
                let hasA = field.first("a") != nil
                for subfield in field.subfields where isISBNCode(subfield.code) {
                    let carried = subfield.code == 0x61 || !hasA ? qualifiers : []
                    if let reading = ISBN.read(subfield.value) {
                        if subfield.code == 0x61 && reading.checkDigitValid {
                            seen.insert(reading.isbn13)
                            if strong.insert(reading.isbn13).inserted {
                                added.append(Field(tag: "020", subfields: [Subfield("a", subfield.value)] + carried))
                            }
                        } else if seen.insert(reading.isbn13).inserted {
                            added.append(Field(tag: "020", subfields: [Subfield("z", subfield.value)] + carried))
                        }
                    } else if hasDigit(subfield.value), seen.insert("text:" + TextFold.key(subfield.value)).inserted {
                        added.append(Field(tag: "020", subfields: [Subfield("z", subfield.value)] + carried))
                    }
                }
            }
        }
        return added
    }

    /// An 020 that carries no number: no $a or $z, or one without any digit. Such a field goes to `lacks`.
    static func carriesNoISBN(_ field: Field) -> Bool {
        let values = field.subfields.filter { isISBNCode($0.code) }.map(\.value)
        return values.isEmpty || values.contains { !hasDigit($0) }
    }

    private static func isISBNCode(_ code: UInt8) -> Bool { code == 0x61 || code == 0x7A }

    private static func hasDigit(_ text: String) -> Bool { text.utf8.contains { $0 >= 0x30 && $0 <= 0x39 } }
}
