/// One ISBN as read from a subfield: the normalised ISBN-13, whether its check digit held, and the qualifier
/// that came with it ("91-0-012345-6 (inb.)" → 9789100123456, "inbunden").
public struct ISBNReading: Sendable, Equatable {
    /// Thirteen digits. An ISBN-10 gets the 978 prefix and a recomputed check digit.
    public var isbn13: String
    /// False when the check digit as written was wrong: the number is then only a weak key.
    public var checkDigitValid: Bool
    /// The qualifier text after the number, normalised by `ISBNQualifier` (nil when none).
    public var qualifier: String?
}

/// ISBN parsing over bytes: "ISBN " prefixes, hyphens and spaces skipped, the qualifier split off.
public enum ISBN {
    /// Reads the ISBN at the start of `text`; nil when there are not 10 or 13 digits (garbage).
    public static func read(_ text: String) -> ISBNReading? {
        var digits: [UInt8] = []
        digits.reserveCapacity(13)
        var ends: [Int] = []  // byte offset just after each digit
        let bytes = Array(text.utf8)
        var index = 0
        // Skip blanks and an "ISBN" label with its colon.
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x3A { index += 1 }
        if index + 4 <= bytes.count, bytes[index] | 0x20 == 0x69, bytes[index + 1] | 0x20 == 0x73,
            bytes[index + 2] | 0x20 == 0x62, bytes[index + 3] | 0x20 == 0x6E
        {
            index += 4
            if index + 3 <= bytes.count, bytes[index] == 0x2D, bytes[index + 1] == 0x31,
                bytes[index + 2] == 0x30 || bytes[index + 2] == 0x33
            {
                index += 3  // "ISBN-13", "ISBN-10"
            }
        }
        while index < bytes.count {
            let b = bytes[index]
            if b >= 0x30 && b <= 0x39 {
                digits.append(b); ends.append(index + 1)
            } else if (b == 0x58 || b == 0x78) && digits.count == 9 {
                digits.append(0x58); ends.append(index + 1)  // X: only as an ISBN-10 check digit
            } else if b == 0x2D || b == 0x20 || b == 0x3A || b == 0x2E && digits.isEmpty {
                // separators inside the number, and "ISBN:" leftovers before it
            } else {
                break
            }
            index += 1
            if digits.last == 0x58 { break }
        }
        let count: Int
        if digits.count == 10 || digits.count == 13 {
            count = digits.count
        } else if digits.count > 13 && (digits.starts(with: [0x39, 0x37, 0x38]) || digits.starts(with: [0x39, 0x37, 0x39])) {
            count = 13
        } else if digits.count > 10, ends[9] >= bytes.count || bytes[ends[9]] == 0x20 {
            count = 10  // "9100123455 2 CD": ten digits, then a blank and something else
        } else {
            return nil
        }
        if digits[..<count].contains(0x58) && count != 10 { return nil }
        let rest = String(decoding: bytes[ends[count - 1]...], as: UTF8.self)
        let qualifier = ISBNQualifier.normalise(rest)
        if count == 10 {
            let valid = checkDigit10(digits[0..<9]) == digits[9]
            let body = [0x39, 0x37, 0x38] + digits[0..<9]
            return ISBNReading(isbn13: String(decoding: body + [checkDigit13(body)], as: UTF8.self),
                               checkDigitValid: valid, qualifier: qualifier)
        }
        guard digits[0..<count].allSatisfy({ $0 != 0x58 }) else { return nil }
        let valid = checkDigit13(digits[0..<12]) == digits[12]
        return ISBNReading(isbn13: String(decoding: digits[0..<13], as: UTF8.self), checkDigitValid: valid,
                           qualifier: qualifier)
    }

    /// The ISBN-10 check digit of nine digits (ASCII), as an ASCII byte (`X` for 10).
    static func checkDigit10(_ nine: some Collection<UInt8>) -> UInt8 {
        var sum = 0
        for (offset, digit) in nine.enumerated() { sum += (10 - offset) * Int(digit - 0x30) }
        let check = (11 - sum % 11) % 11
        return check == 10 ? 0x58 : UInt8(0x30 + check)
    }

    /// The EAN-13 check digit of twelve digits (ASCII), as an ASCII byte. ISBN-13, ISMN and EAN share it.
    static func checkDigit13(_ twelve: some Collection<UInt8>) -> UInt8 {
        var sum = 0
        for (offset, digit) in twelve.enumerated() { sum += (offset % 2 == 0 ? 1 : 3) * Int(digit - 0x30) }
        return UInt8(0x30 + (10 - sum % 10) % 10)
    }
}
