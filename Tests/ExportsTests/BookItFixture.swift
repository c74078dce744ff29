import MARC
@testable import Exports

/// A small but complete BOOK-IT export (Tibro): five catalogue records and one broken one, every table the
/// adapter reads, and in them every case the adapter must handle. `BookItAdapterTests` names these rows.
enum BookItFixture {
    static let brokenRecord = Array("00040nam  22000251  4500trasig post utan fältslut".utf8) + [0x1D]

    static func build() throws -> ExportFixture {
        let export = try ExportFixture()
        try export.catalogue("tibro_iso2709.mrc", [
            makeRecord(["001 9001", "245 10$aKärlek på vägen", "081 ##$hHc", "887 ##$bAbd$2BURK IV"]),
            makeRecord(["001 9002", "245 10$aSjön är blå", "081 ##$hHcf", "886 ##$bXyz$2marc", "886 ##$bAbce$2BURK III"]),
            makeRecord(["001 9003", "245 10$aÅngbåtar", "887 ##$bQ1$2BURK IV"]),
            makeRecord(["245 10$aPost utan nummer"]),
            makeRecord("00000ny  a2200000n  4500", ["001 h1", "852 ##$bTIB"]),
        ], append: brokenRecord)
        try export.bookit("CA_MEDIA_TYPE", [
            .values(["CA_MEDIA_TYPE_ID": "1", "CODE": "A", "DESCR": "Bok"]),
            .values(["CA_MEDIA_TYPE_ID": "2", "CODE": "Ab", "DESCR": "Bok, inbunden", "CA_MEDIA_TYPE_ID_PARENT": "1"]),
            .values(["CA_MEDIA_TYPE_ID": "3", "CODE": "Abc", "DESCR": "Storstil", "CA_MEDIA_TYPE_ID_PARENT": "2"]),
            .values(["CA_MEDIA_TYPE_ID": "10", "CODE": "X", "DESCR": "Ring ett", "CA_MEDIA_TYPE_ID_PARENT": "11"]),
            .values(["CA_MEDIA_TYPE_ID": "11", "CODE": "Xy", "DESCR": "Ring två", "CA_MEDIA_TYPE_ID_PARENT": "10"]),
        ])
        try export.bookit("GE_ORG", [
            .values(["GE_ORG_ID": "1", "CODE": "TIB", "NAME": "Tibro bibliotek"]),
            .values(["GE_ORG_ID": "2", "CODE": "TIBF", "NAME": "Tibro filial, Bruksgården"]),
        ])
        try export.bookit("CA_LOC", [
            .values(["CA_LOC_ID": "3", "CODE": "MAG", "NAME": "Magasin"]),
            .values(["CA_LOC_ID": "4", "CODE": "VUX", "NAME": "Vuxenhylla"]),
        ])
        try export.bookit("GE_PREMISES", [.values(["GE_PREMISES_ID": "5", "CODE": "V", "NAME": "Vuxen"])])
        try export.bookit("CA_NOT_AVAILABLE_CAUSE", [
            .values(["CA_NOT_AVAILABLE_CAUSE_ID": "1", "DESCR": "Gallrad"]),
            .values(["CA_NOT_AVAILABLE_CAUSE_ID": "2", "DESCR": "Raderad"]),
            .values(["CA_NOT_AVAILABLE_CAUSE_ID": "3", "DESCR": "DELETED"]),
            .values(["CA_NOT_AVAILABLE_CAUSE_ID": "4", "DESCR": "Kasserad"]),
            .values(["CA_NOT_AVAILABLE_CAUSE_ID": "5", "DESCR": "Hos bokbindning"]),
        ])
        try export.bookit("CI_CAT", [
            .values(["CI_CAT_ID": "1", "DESCR": "Normallån", "LOAN_ALLOWED": "1"]),
            .values(["CI_CAT_ID": "2", "DESCR": "Referens", "LOAN_ALLOWED": "0"]),
        ])
        try export.bookit("IL_LOAN", [
            .values(["IL_LOAN_ID": "1", "CA_COPY_ID": "105", "CA_CATALOG_ID": "9001"]),
            .values(["IL_LOAN_ID": "2", "REMARK": "Beställd från Skövde"]),
        ])
        func copy(_ id: String, _ catalog: String, _ extra: [String: String] = [:]) -> ExportFixture.Row {
            .values(["CA_COPY_ID": id, "CA_CATALOG_ID": catalog, "GE_ORG_ID_UNIT": "1", "CA_LOC_ID": "4",
                     "GE_PREMISES_ID": "5", "CI_CAT_ID": "1"].merging(extra) { $1 })
        }
        try export.bookit("CA_COPY", [
            copy("101", "9001", ["NOTE": "Gåva | från \"Åsa\"\nVästerås", "PURCHASE_PRICE": "129,00",
                                 "CREATE_DATETIME": "2018-05-02 13:45:00", "OLD_NO_OF_LOAN": "3", "NO_OF_LOAN_CURR_YEAR": "2"]),
            copy("102", "9002", ["GE_ORG_ID_UNIT": "2", "ORIG_GE_ORG_ID_UNIT": "1", "CA_LOC_ID": "3", "ORIG_CA_LOC_ID": "4",
                                 "DEVIATING_LOCATION_MARC": "Tillfälligt", "ORIG_DEVIATING_LOCATION_MARC": "Hcf.01"]),
            copy("103", "9001", ["CA_NOT_AVAILABLE_CAUSE_ID": "1"]),
            copy("104", "9001", ["CA_NOT_AVAILABLE_CAUSE_ID": "2"]),
            copy("105", "9001"),
            copy("106", "9001", ["CA_NOT_AVAILABLE_CAUSE_ID": "3"]),
            copy("107", "9001", ["CA_NOT_AVAILABLE_CAUSE_ID": "4"]),
            copy("108", "9003", ["CA_LOC_ID": "99", "CI_CAT_ID": "2"]),
            copy("109", "9003", ["CA_NOT_AVAILABLE_CAUSE_ID": "5"]),
            copy("", "9001", ["NOTE": "utan id"]),
            .raw("110|9001|||||||||||||||||||||||||||||||||||||||||||||extra"),
        ])
        try export.bookit("CA_COPY_LABEL", [
            .values(["CA_COPY_ID": "101", "CA_COPY_LABEL_ID": "11", "LABEL": "T101-RFID", "LABEL_TYPE": "2"]),
            .values(["CA_COPY_ID": "101", "CA_COPY_LABEL_ID": "12", "LABEL": "T101", "LABEL_TYPE": "1"]),
            .values(["CA_COPY_ID": "102", "CA_COPY_LABEL_ID": "21", "LABEL": "T102a", "LABEL_TYPE": "1"]),
            .values(["CA_COPY_ID": "102", "CA_COPY_LABEL_ID": "20", "LABEL": "T102b", "LABEL_TYPE": "1"]),
            .values(["CA_COPY_ID": "103", "CA_COPY_LABEL_ID": "30"]),
        ])
        return export
    }
}
