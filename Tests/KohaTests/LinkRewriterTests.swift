import MARC
import Testing
@testable import Koha

@Suite struct LinkRewriterTests {
    let rewriter = LinkRewriter(
        targets: [
            LinkTarget(municipality: "hjo", controlNumber: "10004"): "(SE-SKBG)77",
            LinkTarget(municipality: "skovde", controlNumber: "10004"): "(SE-SKBG)88",
            LinkTarget(municipality: "hjo", controlNumber: "500"): "(SE-SKBG)99",
        ],
        prefixes: ["SE-HjoB": "hjo"])

    @Test func readsEveryLinkForm() {
        #expect(rewriter.target(of: "(hjo-libra)10004", in: "skovde") == LinkTarget(municipality: "hjo", controlNumber: "10004"))
        #expect(rewriter.target(of: "(SE-HjoB)10004", in: "skovde") == LinkTarget(municipality: "hjo", controlNumber: "10004"))
        #expect(rewriter.target(of: " 10004 ", in: "skovde") == LinkTarget(municipality: "skovde", controlNumber: "10004"))
        #expect(rewriter.target(of: "(karlsborg-kommun-bookit)7", in: "hjo")
                == LinkTarget(municipality: "karlsborg-kommun", controlNumber: "7"))
        #expect(rewriter.target(of: "(SE-LIBR)8840522", in: "hjo") == nil, "LIBRIS numbers name no municipality")
        #expect(rewriter.target(of: "(hjo-libra)", in: "hjo") == nil)
        #expect(rewriter.target(of: "", in: "hjo") == nil)
    }

    @Test func linkTagsAre760To787And800To830() {
        for tag: MARC.Tag in ["760", "773", "776", "787", "800", "810", "811", "830"] { #expect(LinkRewriter.isLinkTag(tag), "\(tag)") }
        for tag: MARC.Tag in ["759", "788", "799", "831", "035", "490", "856"] { #expect(!LinkRewriter.isLinkTag(tag), "\(tag)") }
    }

    @Test func rewritesLinksToSurvivingRecordsAndReportsEach() {
        var record = Record(fields: [
            Field(tag: "001", value: "2"),
            Field(tag: "490", subfields: [Subfield("a", "Serie"), Subfield("w", "500")]),
            Field(tag: "773", indicators: "0 ", subfields: [Subfield("t", "Värd"), Subfield("w", "(hjo-libra)10004")]),
            Field(tag: "776", subfields: [Subfield("w", "10004"), Subfield("w", "12345")]),
            Field(tag: "830", subfields: [Subfield("a", "Serie"), Subfield("w", "(SE-HjoB)500")]),
            Field(tag: "787", subfields: [Subfield("w", "(SE-LIBR)8840522")]),
        ])
        let original = record
        let changes = rewriter.rewrite(&record, municipality: "skovde")
        #expect(record.firstValue("490", "w") == "500", "490 is no link field")
        #expect(record.firstValue("773", "w") == "(SE-SKBG)77")
        #expect(record.values("776", "w") == ["(SE-SKBG)88", "12345"], "a plain number is the linking record's municipality's")
        #expect(record.firstValue("830", "w") == "(SE-SKBG)99")
        #expect(record.firstValue("787", "w") == "(SE-LIBR)8840522")
        #expect(changes.map(\.tag) == ["773", "776", "830"])
        #expect(changes.allSatisfy { $0.rule == .link })
        #expect(changes.first?.message == "773 $w (hjo-libra)10004 → (SE-SKBG)77: now names the surviving record")
        #expect(rewriter.rewritten(original, municipality: "skovde").record == record)
    }

    @Test func aLinkAlreadyRightIsNoChange() {
        let same = LinkRewriter(targets: [LinkTarget(municipality: "hjo", controlNumber: "1"): "1"])
        var record = Record(fields: [Field(tag: "773", subfields: [Subfield("w", "1")])])
        #expect(same.rewrite(&record, municipality: "hjo").isEmpty)
    }
}
