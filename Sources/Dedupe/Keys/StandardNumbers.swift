import MARC

/// ISSN, and the other standard numbers: 024 (EAN, UPC, ISMN, ISRC… by indicator 1) and 028 publisher numbers.
/// Each key is prefixed by its kind (`ean:7391772108352`, `ismn:9790230671187`, `pub:naxos:8557000`), so
/// numbers of different kinds never meet.
public enum StandardNumbers {
    /// An ISSN as eight characters without the hyphen ("0345-7990" → `03457990`), and whether the check digit
    /// held; nil when the text holds no eight-character ISSN.
    public static func issn(_ text: String) -> (issn: String, valid: Bool)? {
        var chars: [UInt8] = []
        for b in text.utf8 {
            if b >= 0x30 && b <= 0x39 { chars.append(b) }
            else if (b == 0x58 || b == 0x78) && chars.count == 7 { chars.append(0x58) }
            else if b == 0x2D || b == 0x20 || chars.isEmpty { continue }  // hyphen, blanks, an "ISSN" label
            else { break }
            if chars.count == 8 { break }
        }
        guard chars.count == 8 else { return nil }
        var sum = 0
        for (offset, digit) in chars[0..<7].enumerated() { sum += (8 - offset) * Int(digit - 0x30) }
        let check = (11 - sum % 11) % 11
        let expected: UInt8 = check == 10 ? 0x58 : UInt8(0x30 + check)
        return (String(decoding: chars, as: UTF8.self), expected == chars[7])
    }

    /// The key of a 024 field, or nil when it has no $a.
    public static func key024(_ field: Field) -> String? {
        guard let value = field.first("a") else { return nil }
        let kind: String
        switch field.indicator1 {
        case 0x30: kind = "isrc"
        case 0x31: kind = "upc"
        case 0x32: kind = "ismn"
        case 0x33: kind = "ean"
        case 0x34: kind = "sici"
        case 0x37: kind = field.first("2").map { TextFold.key($0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "other"
        default: kind = "other"
        }
        var number = compact(value)
        if kind == "ismn", number.count == 10, number.first == "M" { number = "9790" + number.dropFirst() }
        return number.isEmpty ? nil : kind + ":" + number
    }

    /// The key of a 028 field: the publisher's number with the label or publisher from $b.
    public static func key028(_ field: Field) -> String? {
        guard let value = field.first("a") else { return nil }
        let number = compact(value)
        guard !number.isEmpty else { return nil }
        let source = field.first("b").map { TextFold.key($0).split(separator: " ").joined() } ?? ""
        return "pub:" + source + ":" + number
    }

    /// Letters and digits only, upper case: "M-2306-7118-7" → `M230671187`; stops at a parenthesised qualifier.
    static func compact(_ text: String) -> String {
        var out: [UInt8] = []
        for b in text.utf8 {
            if b == 0x28 && !out.isEmpty { break }
            if b >= 0x30 && b <= 0x39 || b >= 0x41 && b <= 0x5A { out.append(b) }
            else if b >= 0x61 && b <= 0x7A { out.append(b - 0x20) }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
