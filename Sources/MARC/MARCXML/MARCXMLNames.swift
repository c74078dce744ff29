/// The MARC21 slim vocabulary, matched as bytes: libxml2 hands names over as NUL-terminated UTF-8, and
/// making a `String` for every element would cost more than parsing it.
enum MARCXMLName {
    /// `http://www.loc.gov/MARC21/slim`.
    static let namespace = "http://www.loc.gov/MARC21/slim"

    enum Element {
        case collection, record, leader, controlfield, datafield, subfield
    }

    /// The MARC element with this local name, or nil. Compares bytes, never allocates.
    @inline(__always)
    static func element(_ name: UnsafePointer<UInt8>) -> Element? {
        switch name[0] {
        case UInt8(ascii: "s"): equals(name, "subfield") ? .subfield : nil
        case UInt8(ascii: "d"): equals(name, "datafield") ? .datafield : nil
        case UInt8(ascii: "c"):
            if equals(name, "controlfield") { .controlfield } else if equals(name, "collection") { .collection } else { nil }
        case UInt8(ascii: "l"): equals(name, "leader") ? .leader : nil
        case UInt8(ascii: "r"): equals(name, "record") ? .record : nil
        default: nil
        }
    }

    /// The attribute names MARCXML uses.
    enum Attribute {
        case tag, ind1, ind2, code
    }

    @inline(__always)
    static func attribute(_ name: UnsafePointer<UInt8>) -> Attribute? {
        switch name[0] {
        case UInt8(ascii: "t"): equals(name, "tag") ? .tag : nil
        case UInt8(ascii: "c"): equals(name, "code") ? .code : nil
        case UInt8(ascii: "i"): equals(name, "ind1") ? .ind1 : equals(name, "ind2") ? .ind2 : nil
        default: nil
        }
    }

    /// True when the NUL-terminated `name` is exactly `word`.
    @inline(__always)
    static func equals(_ name: UnsafePointer<UInt8>, _ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        let bytes = word.utf8Start
        for index in 0..<count where name[index] != bytes[index] { return false }
        return name[count] == 0
    }
}

/// Decides whether a namespace URI is MARC21 slim. libxml2 interns namespace URIs in its dictionary, so the
/// pointer of the last match is remembered and the usual case is one pointer comparison.
struct SlimNamespaceMatcher {
    private var lastMatch: UnsafePointer<UInt8>?

    /// True for the slim namespace and for no namespace at all.
    @inline(__always)
    mutating func accepts(_ uri: UnsafePointer<UInt8>?) -> Bool {
        guard let uri else { return true }
        if uri == lastMatch { return true }
        guard MARCXMLName.equals(uri, "http://www.loc.gov/MARC21/slim") else { return false }
        lastMatch = uri
        return true
    }
}
