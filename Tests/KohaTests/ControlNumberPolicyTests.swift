import MARC
import Testing
@testable import Koha

@Suite struct ControlNumberPolicyTests {
    func apply(_ policy: ControlNumberPolicy, to record: Record) -> KohaPreparedRecord {
        KohaRecordRules(controlNumbers: policy).apply(to: record, itemTypes: ["BOK"], fallbackItemType: "BOK")
    }

    @Test func consortiumKeeps001AndNames003() {
        let result = apply(.consortium("SE-SKBG"), to: hjoRecord())
        #expect(result.record.controlValue("001") == "10004")
        #expect(result.record.controlValue("003") == "SE-SKBG")
        #expect(result.record.values("035", "a") == ["(hjo-libra)10004", "(SE-HjoB)10004"])
        #expect(result.changes.filter { $0.rule == .controlNumber }.map(\.tag) == ["035", "003"])
    }

    @Test func theSourcesNumberIsNotKeptTwice() {
        let record = hjoRecord([Field(tag: "035", subfields: [Subfield("a", "(SE-HjoB) 10004")])])
        let result = apply(.consortium("SE-SKBG"), to: record)
        #expect(result.record.values("035", "a") == ["(hjo-libra)10004", "(SE-HjoB) 10004"])
    }

    @Test func aRecordWithout003GetsOneButNo035() {
        var record = hjoRecord()
        record.removeFields("003")
        let result = apply(.consortium("SE-SKBG"), to: record)
        #expect(result.record.controlValue("003") == "SE-SKBG")
        #expect(result.record.values("035", "a") == ["(hjo-libra)10004"])
        #expect(result.changes.contains { $0.tag == "035" && $0.message.contains("no 003") })
    }

    @Test func aRecordAlreadyNumberedByTheConsortiumIsUnchanged() {
        var record = hjoRecord()
        record.setControlValue("003", "SE-SKBG")
        let result = apply(.consortium("SE-SKBG"), to: record)
        #expect(result.record.fields.filter { $0.tag <= "035" } == record.fields.filter { $0.tag <= "035" })
        #expect(!result.changes.contains { $0.rule == .controlNumber })
    }

    @Test func leaveToKohaRemoves001And003AfterKeepingThem() {
        let result = apply(.leaveToKoha, to: hjoRecord())
        #expect(result.record.controlValue("001") == nil)
        #expect(result.record.controlValue("003") == nil)
        #expect(result.record.values("035", "a") == ["(hjo-libra)10004", "(SE-HjoB)10004"])
        #expect(result.changes.filter { $0.rule == .controlNumber }.map(\.tag) == ["035", "001", "003"])
    }

    @Test func aLibrisRecordKeepsItsLibrisNumber() {
        let record = Record(fields: [
            Field(tag: "001", value: "8840522"), Field(tag: "003", value: "SE-LIBR"),
            Field(tag: "035", subfields: [Subfield("a", "(skovde-bookit)55")]),
        ])
        let result = apply(.consortium("SE-SKBG"), to: record)
        #expect(result.record.controlValue("001") == "8840522")
        #expect(result.record.values("035", "a") == ["(skovde-bookit)55", "(SE-LIBR)8840522"])
    }
}
