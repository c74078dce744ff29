/// A MARC record: a leader and its fields in order. A value type; copying is cheap until one copy is changed.
public struct Record: Hashable, Sendable {
    public var leader: Leader
    public var fields: [Field]

    public init(leader: Leader = .defaultBibliographic, fields: [Field] = []) {
        self.leader = leader
        self.fields = fields
    }
}

// MARK: - Reading
extension Record {
    /// The fields with this tag, in record order.
    public func fields(_ tag: Tag) -> [Field] { fields.filter { $0.tag == tag } }

    /// The first field with this tag.
    public func first(_ tag: Tag) -> Field? { fields.first { $0.tag == tag } }

    /// The value of the first control field with this tag (`record.controlValue("001")`).
    public func controlValue(_ tag: Tag) -> String? { first(tag)?.value }

    /// The first value of subfield `code` in the first field with `tag` that has one.
    public func firstValue(_ tag: Tag, _ code: Character) -> String? {
        for field in fields where field.tag == tag {
            if let value = field.first(code) { return value }
        }
        return nil
    }

    /// Every value of the subfields `codes` in every field with `tag`, in record order.
    public func values(_ tag: Tag, _ codes: String) -> [String] {
        fields.lazy.filter { $0.tag == tag }.flatMap { $0.values(codes) }
    }
}

// MARK: - Changing
extension Record {
    /// Appends a field at the end.
    public mutating func append(_ field: Field) { fields.append(field) }

    /// Inserts a field after the last field whose tag is not greater, keeping numeric order where the record has it.
    public mutating func insertInOrder(_ field: Field) {
        let index = fields.lastIndex { $0.tag <= field.tag }.map { $0 + 1 } ?? 0
        fields.insert(field, at: index)
    }

    /// Removes every field with this tag and returns how many were removed.
    @discardableResult
    public mutating func removeFields(_ tag: Tag) -> Int {
        let before = fields.count
        fields.removeAll { $0.tag == tag }
        return before - fields.count
    }

    /// Sets a control field's value, replacing the first one with this tag or inserting it in order.
    public mutating func setControlValue(_ tag: Tag, _ value: String) {
        if let index = fields.firstIndex(where: { $0.tag == tag }) {
            fields[index].value = value
        } else {
            insertInOrder(Field(tag: tag, value: value))
        }
    }

    /// Applies `change` to every field with `tag`.
    public mutating func updateFields(_ tag: Tag, _ change: (inout Field) -> Void) {
        for index in fields.indices where fields[index].tag == tag { change(&fields[index]) }
    }
}
