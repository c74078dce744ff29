import Foundation

/// Turns one framed JSON object into a record. The object is MARC-in-JSON as pymarc, Libris and public datasets
/// write it:
/// ```
/// {"leader": "…", "fields": [{"001": "value"},
///                            {"245": {"ind1": "1", "ind2": "0", "subfields": [{"a": "Titel"}]}}]}
/// ```
/// Unknown top-level keys are ignored. A field under any three-character key is kept with that tag (datasets
/// add their own, like HathiTrust's `CID`); other keys, and parts of the wrong JSON type, are findings and are
/// left out. All text comes out NFC.
struct MARCJSONRecordDecoder {
    let location: RecordLocation

    func decode(_ frame: JSONObjectFramer.Frame) -> RecordResult {
        func failure(_ reason: String) -> RecordResult {
            .failure(UnreadableRecord(location: location, reason: reason, rawBytes: frame.bytes))
        }
        if let problem = frame.problem { return failure(problem) }
        var data = frame.bytes
        var latin1 = false
        var encoding = DetectedEncoding.ascii
        var findings: [Finding] = []
        if frame.bytes.contains(where: { $0 >= 0x80 }) {
            encoding = .utf8
            if String(validating: frame.bytes, as: UTF8.self) == nil {
                let escaped = JSONRawBytes.escape(frame.bytes)
                data = escaped.bytes
                latin1 = !escaped.hasMultiByte
                if latin1 {
                    encoding = .latin1
                    findings.append(Finding(.info, "json.not-utf8",
                                            "the record's text is not UTF-8 as JSON must be; read as Latin-1", at: location))
                }
            }
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(data))
        } catch {
            return failure("not well-formed JSON: \((error as NSError).userInfo[NSDebugDescriptionErrorKey] ?? error.localizedDescription)")
        }
        guard let dictionary = object as? [String: Any] else { return failure("not a JSON object") }
        let leaderValue = dictionary["leader"]
        let fieldValues = dictionary["fields"]
        guard leaderValue != nil || fieldValues != nil else {
            return failure("no \"leader\" and no \"fields\": not a MARC-in-JSON record")
        }
        var context = Context(location: location, latin1: latin1, findings: findings)
        let leader = context.leader(leaderValue)
        var fields: [Field] = []
        if let list = fieldValues as? [Any] {
            for entry in list { fields += context.fields(entry) }
        } else {
            context.note(.warning, "json.no-fields", "the record has no \"fields\" list; read with no fields")
        }
        return .success(ReadRecord(record: Record(leader: leader, fields: fields), location: location,
                                   encoding: encoding, findings: context.findings))
    }

    /// What decoding one record needs to carry along.
    private struct Context {
        let location: RecordLocation
        let latin1: Bool
        var findings: [Finding]

        mutating func note(_ severity: Finding.Severity, _ rule: String, _ message: String, tag: Tag? = nil) {
            findings.append(Finding(severity, rule, message, at: location, tag: tag))
        }

        /// NFC text with raw bytes restored; undecodable bytes are findings naming `place`.
        mutating func text(_ value: String, place: @autoclosure () -> String, tag: Tag?) -> String {
            let restored = JSONRawBytes.restore(value, latin1: latin1)
            for offset in restored.undecodable {
                note(.warning, "charset.undecodable",
                     "a byte at offset \(offset) of \(place()) is not UTF-8 and cannot be decoded; it stands as U+FFFD", tag: tag)
            }
            return NFC.normalize(restored.text)
        }

        mutating func leader(_ value: Any?) -> Leader {
            guard let string = value as? String else {
                note(.warning, "json.missing-leader", "the record has no leader; a default bibliographic leader was assumed")
                return .defaultBibliographic
            }
            let bytes = Array(text(string, place: "the leader", tag: nil).utf8)
            if let leader = Leader(validating: bytes) { return leader }
            note(.warning, "json.leader-length", "the leader has \(bytes.count) bytes instead of 24; cut or padded with blanks")
            return Leader(repairing: bytes)
        }

        /// The fields in one element of "fields": normally one single-key object.
        mutating func fields(_ entry: Any) -> [Field] {
            guard let object = entry as? [String: Any], !object.isEmpty else {
                note(.warning, "json.bad-field", "an element of \"fields\" is not a {\"tag\": …} object; left out")
                return []
            }
            if object.count > 1 {
                note(.info, "json.several-tags", "one element of \"fields\" holds \(object.count) tags; read in tag order")
            }
            return object.keys.sorted().compactMap { key in field(key, object[key]!) }
        }

        private mutating func field(_ key: String, _ value: Any) -> Field? {
            let name = NFC.normalize(key)
            guard let tag = Tag(name), name.utf8.count == 3 else {
                note(.warning, "json.bad-tag", "a field keyed \"\(name.prefix(20))\" has no three-character tag; left out")
                return nil
            }
            if let string = value as? String { return Field(tag: tag, value: text(string, place: "field \(tag)", tag: tag)) }
            if let number = value as? NSNumber {
                note(.info, "json.number-value", "field \(tag) holds a number; read as text", tag: tag)
                return Field(tag: tag, value: number.stringValue)
            }
            guard let object = value as? [String: Any] else {
                note(.warning, "json.bad-field", "field \(tag) is neither a value nor an object; left out", tag: tag)
                return nil
            }
            let indicator1 = indicator(object["ind1"], "ind1", tag)
            let indicator2 = indicator(object["ind2"], "ind2", tag)
            var subfields: [Subfield] = []
            if let list = object["subfields"] as? [Any] {
                for item in list { subfields += self.subfields(item, tag) }
            } else {
                note(.warning, "json.no-subfields", "field \(tag) has no \"subfields\" list", tag: tag)
            }
            return Field(tag: tag, indicator1: indicator1, indicator2: indicator2, subfields: subfields)
        }

        private mutating func indicator(_ value: Any?, _ name: String, _ tag: Tag) -> UInt8 {
            guard let string = value as? String else {
                note(.info, "json.missing-indicator", "field \(tag) has no \(name); blank assumed", tag: tag)
                return Field.blank
            }
            let bytes = Array(string.utf8)
            if bytes.count == 1 { return bytes[0] }
            if bytes.isEmpty { return Field.blank }
            note(.warning, "json.bad-indicator", "field \(tag) has \(name) \"\(string.prefix(10))\"; blank used", tag: tag)
            return Field.blank
        }

        private mutating func subfields(_ item: Any, _ tag: Tag) -> [Subfield] {
            guard let object = item as? [String: Any] else {
                note(.warning, "json.bad-subfield", "a subfield of field \(tag) is not a {\"code\": value} object; left out", tag: tag)
                return []
            }
            return object.keys.sorted().compactMap { key in
                let codeBytes = Array(key.utf8)
                guard codeBytes.count == 1 else {
                    note(.warning, "json.bad-subfield", "field \(tag) has a subfield coded \"\(key.prefix(10))\"; left out", tag: tag)
                    return nil
                }
                let raw = object[key]!
                let string = raw as? String ?? (raw as? NSNumber)?.stringValue
                guard let string else {
                    note(.warning, "json.bad-subfield", "field \(tag) $\(key) is not text; left out", tag: tag)
                    return nil
                }
                return Subfield(code: codeBytes[0], value: text(string, place: "field \(tag) $\(key)", tag: tag))
            }
        }
    }
}
