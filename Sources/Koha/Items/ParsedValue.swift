/// What reading one exported value gave: a value in Koha's form, nothing (the export left it empty), or text
/// that could not be read, with a reason a librarian can act on (it goes into a finding, quoting the text).
public enum ParsedValue<Value: Hashable & Sendable>: Hashable, Sendable {
    case value(Value)
    /// The export had nothing here (empty or only blanks). Not a problem.
    case absent
    /// The export had text that is not a readable value.
    case unreadable(reason: String)

    /// The value when there is one.
    public var value: Value? {
        if case .value(let value) = self { return value }
        return nil
    }

    /// Why the text could not be read; nil when it could, or when there was none.
    public var reason: String? {
        if case .unreadable(let reason) = self { return reason }
        return nil
    }
}
