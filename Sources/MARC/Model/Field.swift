/// A variable field. A control field (`00X`) has only `value`; a data field has indicators and ordered subfields.
public struct Field: Hashable, Sendable {
    public var tag: Tag
    public var indicator1: UInt8
    public var indicator2: UInt8
    /// The content of a control field; empty for data fields.
    public var value: String
    /// The subfields of a data field, in order; empty for control fields.
    public var subfields: [Subfield]

    public static let blank: UInt8 = 0x20

    /// A control field.
    public init(tag: Tag, value: String) {
        self.tag = tag
        indicator1 = Field.blank
        indicator2 = Field.blank
        self.value = value
        subfields = []
    }

    /// A data field.
    public init(tag: Tag, indicator1: UInt8 = Field.blank, indicator2: UInt8 = Field.blank, subfields: [Subfield]) {
        self.tag = tag
        self.indicator1 = indicator1
        self.indicator2 = indicator2
        value = ""
        self.subfields = subfields
    }

    /// A data field from text indicators: `Field(tag: "245", indicators: "10", subfields: [...])`.
    public init(tag: Tag, indicators: String, subfields: [Subfield]) {
        let bytes = Array(indicators.utf8)
        precondition(bytes.count == 2, "two indicators")
        self.init(tag: tag, indicator1: bytes[0], indicator2: bytes[1], subfields: subfields)
    }

    public var isControlField: Bool { tag.isControlField }
}

extension Field {
    /// The first value of the subfield with this code.
    public func first(_ code: Character) -> String? {
        let byte = code.asciiValue!
        return subfields.first { $0.code == byte }?.value
    }

    /// Every value of the subfields with these codes, in field order.
    public func values(_ codes: String) -> [String] {
        let wanted = Set(codes.utf8)
        return subfields.filter { wanted.contains($0.code) }.map(\.value)
    }

    /// Appends a subfield.
    public mutating func append(_ code: Character, _ value: String) {
        subfields.append(Subfield(code, value))
    }

    /// Removes every subfield with this code.
    public mutating func removeSubfields(_ code: Character) {
        let byte = code.asciiValue!
        subfields.removeAll { $0.code == byte }
    }

    public var indicatorText: String { String(decoding: [indicator1, indicator2], as: UTF8.self) }
}
