/// The MARCXML attributes of one start tag, as views into an event batch (valid while the batch is).
struct MARCXMLAttributes {
    var tag: UnsafeBufferPointer<UInt8>?
    var ind1: UnsafeBufferPointer<UInt8>?
    var ind2: UnsafeBufferPointer<UInt8>?
    var code: UnsafeBufferPointer<UInt8>?

    init() {}
}
