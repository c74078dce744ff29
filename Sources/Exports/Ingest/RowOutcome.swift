/// What an adapter did with one table row; `TableIngest` counts it and keeps what was not stored.
enum RowOutcome {
    /// Handed to the sink as an item, barcode or lookup entry.
    case stored
    /// Read and used, but not stored as such (a patron barcode kept apart, a link row), with why.
    case setAside(String)
    /// Not usable at all: kept as rejected input with its text and the reason.
    case rejected(String)
}
