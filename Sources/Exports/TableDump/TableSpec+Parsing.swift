import MARC

extension TableSpec {
    /// Reads spec text: UTF-16LE/BE with or without a byte order mark, UTF-8, or Latin-1 (detected); CRLF or
    /// LF. Each non-empty line is `name<TAB>type[<TAB>length | key unique | index | length index]`.
    public static func parse(_ bytes: [UInt8], file: String) throws -> TableSpec {
        let text = decode(bytes)
        var columns: [ColumnSpec] = []
        var lineNumber = 0
        // Split on scalars: as Characters, "\r\n" is one grapheme and never equals "\n".
        for line in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = Substring(line)
            if line.unicodeScalars.last == "\r" { line = Substring(line.unicodeScalars.dropLast()) }
            if line.allSatisfy({ $0.isWhitespace }) { continue }
            columns.append(try parseLine(String(line), file: file, line: lineNumber))
        }
        guard !columns.isEmpty else { throw ExportsError.emptySpec(file: file) }
        return TableSpec(table: tableName(file), file: file, columns: columns)
    }

    /// `…/Itemsspec.txt` → `Items`; any other name loses only its extension.
    static func tableName(_ file: String) -> String {
        var name = Substring(file.split(separator: "/").last ?? Substring(file))
        if name.hasSuffix(".txt") { name = name.dropLast(4) }
        if name.hasSuffix("spec") && name.count > 4 { name = name.dropLast(4) }
        return String(name)
    }

    private static func decode(_ bytes: [UInt8]) -> String {
        let (encoding, bom) = EncodingSniffer.detect(bytes.prefix(EncodingSniffer.sampleSize), choice: .auto)
        var decoder = ScalarDecoder(encoding)
        var scalars = String.UnicodeScalarView()
        var index = bom
        while index < bytes.count {
            switch decoder.next(bytes, at: index, end: bytes.count, atEnd: true) {
            case .scalar(let scalar, let length): scalars.append(scalar); index += length
            case .undecodable(let length): scalars.append("\u{FFFD}"); index += length
            case .needMore: index = bytes.count
            }
        }
        return String(scalars)
    }

    private static func parseLine(_ text: String, file: String, line: Int) throws -> ColumnSpec {
        func failure(_ reason: String) -> ExportsError {
            .unreadableSpecLine(file: file, line: line, text: text, reason: reason)
        }
        let parts = text.split(separator: "\t", omittingEmptySubsequences: false)
            .map { $0.trimmedSpaces() }
        guard parts.count >= 2 else { throw failure("no tab between name and type") }
        guard parts.count <= 3 || parts[3...].allSatisfy(\.isEmpty) else { throw failure("more than three parts") }

        let rawName = parts[0]
        var name = Substring(rawName)
        let isMarked = name.hasPrefix("#")
        if isMarked { name = name.dropFirst() }
        if let dot = name.lastIndex(of: ".") { name = name[name.index(after: dot)...] }
        guard !name.isEmpty, name.allSatisfy(isNameCharacter) else { throw failure("\"\(rawName)\" is not a column name") }

        // `varchar(50)` carries its length in the type.
        var typeWord = Substring(parts[1])
        var length: Int?
        if let open = typeWord.firstIndex(of: "("), typeWord.hasSuffix(")") {
            guard let number = Int(typeWord[typeWord.index(after: open)..<typeWord.index(before: typeWord.endIndex)])
            else { throw failure("\"\(typeWord)\" has no number in its parentheses") }
            length = number
            typeWord = typeWord[..<open]
        }
        guard !typeWord.isEmpty, typeWord.allSatisfy(isNameCharacter) else { throw failure("\"\(parts[1])\" is not a type") }

        var isUniqueKey = false, isIndexed = false
        let words = parts.count > 2 ? parts[2].split(separator: " ").map { $0.lowercased() } : []
        var position = 0
        while position < words.count {
            let word = words[position]
            if let number = Int(word), number >= 0, length == nil {
                length = number
            } else if word == "key" || word == "unique" || word == "primary" {
                isUniqueKey = true
            } else if word == "index" {
                isIndexed = true
            } else {
                throw failure("\"\(parts[2])\" is neither a length nor `key unique` nor `index`")
            }
            position += 1
        }
        return ColumnSpec(name: String(name), rawName: rawName, type: ColumnType(specWord: String(typeWord)),
                          typeName: String(typeWord), length: length, isUniqueKey: isUniqueKey, isIndexed: isIndexed,
                          isMarked: isMarked)
    }

    private static func isNameCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_" || character == "$" || character == "-"
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces.
    func trimmedSpaces() -> String {
        String(String(drop { $0 == " " }.reversed().drop { $0 == " " }).reversed())
    }
}
