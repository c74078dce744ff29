/// The MARCXML attributes of one start tag, as views into libxml2's buffer (valid during the callback only)
/// or into an event batch (valid while the batch is).
struct MARCXMLAttributes {
    var tag: UnsafeBufferPointer<UInt8>?
    var ind1: UnsafeBufferPointer<UInt8>?
    var ind2: UnsafeBufferPointer<UInt8>?
    var code: UnsafeBufferPointer<UInt8>?

    init() {}

    /// Reads SAX2's attribute array: five pointers per attribute (local name, prefix, URI, value start,
    /// value end). Attributes are matched on local name whatever their namespace.
    init(_ array: UnsafeMutablePointer<UnsafePointer<UInt8>?>?, count: Int) {
        guard let array else { return }
        for index in 0..<count {
            let base = array + index * 5
            guard let name = base[0], let start = base[3], let end = base[4],
                  let attribute = MARCXMLName.attribute(name) else { continue }
            let value = UnsafeBufferPointer(start: start, count: end - start)
            switch attribute {
            case .tag: tag = value
            case .ind1: ind1 = value
            case .ind2: ind2 = value
            case .code: code = value
            }
        }
    }
}
