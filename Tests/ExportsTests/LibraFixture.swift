import MARC
@testable import Exports

/// A small but complete Libra export (Hjo): eight catalogue records and one broken one, every table the
/// adapter reads, and in them every case the adapter must handle. The expectations in `LibraAdapterTests`
/// name these rows.
enum LibraFixture {
    static let brokenRecord = Array("00042nam  22000251  4500<no directory, no field terminator>".utf8) + [0x1D]

    static func build() throws -> ExportFixture {
        let export = try ExportFixture()
        try export.catalogue("CatalogueExport.dat", [
            makeRecord(["001 1001", "003 SE-HJO", "245 10$aRöda rummet$cAugust Strindberg", "852 ##$hHc"]),
            makeRecord(["001 1002", "003 SE-HJO", "245 10$aÄppelträdets år"]),
            makeRecord(["001 x77", "035 ##$a(LibraSE)503", "245 10$aÖdets väg"]),
            makeRecord(["001 y88", "245 10$aUtan nummer"]),
            makeRecord("00000nz  a2200000n  4500", ["001 a1", "035 ##$a(LibraSE)504", "100 1#$aLagerlöf, Selma"]),
            makeRecord(["001 x99", "035 ##$a(LibraSE)503", "245 10$aÖdets väg (dubblett)"]),
            makeRecord("00000ny  a2200000n  4500", ["001 h1", "035 ##$a(LibraSE)506", "852 ##$bHJO"]),
            makeRecord(["001 o1", "035 ##$a(LibraSE)505", "245 10$aBeställd bok"]),
        ], append: brokenRecord)
        try export.libra("exportCatMatch", [
            .values(["IdCat": "501", "ThreeOne": "SE-HJO1001"]),
            .values(["IdCat": "502", "ThreeOne": "1002SE-HJO"]),
            .values(["IdCat": "507"]),
        ])
        try export.libra("Branches", [
            .values(["IdBranch": "1", "IdBranchCode": "HJO", "Name": "Hjo bibliotek"]),
            .values(["IdBranch": "2", "IdBranchCode": "SKO", "Name": "Skövde stadsbibliotek"]),
        ])
        try export.libra("Departments", [
            .values(["IdDepartment": "1", "Code": "V", "Name": "Vuxen"]),
            .values(["IdDepartment": "2", "Code": "B", "Name": "Barn"]),
        ])
        try export.libra("LocalShelfs", [.values(["IdLocalShelf": "10", "Code": "MAG", "Name": "Magasin"])])
        try export.libra("StatusCodes", [
            .values(["IdStatusCode": "0", "StatusCode": "0", "Name": "Tillgänglig", "UseWhenDelete": "0"]),
            .values(["IdStatusCode": "5", "StatusCode": "RA", "Name": "Raderas", "UseWhenDelete": "1"]),
            .values(["IdStatusCode": "7", "StatusCode": "GA", "Name": "Gallrat", "UseWhenDelete": "0"]),
            .values(["IdStatusCode": "8", "StatusCode": "KA", "Name": "Kasserat"]),
            .values(["IdStatusCode": "9", "StatusCode": "SE", "Name": "Saknat – efterforskas"]),
        ])
        try export.libra("LoanPeriods", [
            .values(["IdLoanInfo": "1", "Name": "Normallån", "OldCode": "N"]),
            .values(["IdLoanInfo": "2", "Name": "Referenslån"]),
        ])
        try export.libra("Orders", [.values(["IdOrder": "900", "IdCat": "505", "Title": "Beställd bok"])])
        func item(_ id: String, _ idCat: String, _ extra: [String: String] = [:]) -> ExportFixture.Row {
            .values(["IdItem": id, "IdCat": idCat, "IdBranchCode": "HJO", "IdDepartment": "1", "IdLocalShelf": "10",
                     "IdStatusCode": "0", "IdLoanInfo": "1"].merging(extra) { $1 })
        }
        try export.libra("Items", [
            item("2001", "501", ["Price": "199,50", "RegDate": "2017-03-01", "NoOfLoansTot": "12",
                                 "Info": "Gåva från \"Vänföreningen\"\r\nsedan\t2016"]),
            item("2002", "502", ["IdLastBranchCode": "SKO", "IsFloating": "1", "Location_Marc": "Hc.01"]),
            item("2003", "503", ["Hidden": "1"]),
            item("2004", "503", ["ILL": "1"]),
            item("2005", "", ["IdOrder": "900"]),
            item("2006", "501", ["IdStatusCode": "5"]),
            item("2007", "501", ["IdStatusCode": "7"]),
            item("2008", "502", ["IdStatusCode": "8", "IdDepartment": "3"]),
            item("2009", "502", ["IdLoanInfo": "4", "IdStatusCode": "9"]),
            item("2010", "502", ["IdLoanInfo": "4", "IdBranchCode": "TIB"]),
            item("", "501", ["Info": "ingen IdItem"]),
            .raw("HJO\t2011\t501"),
        ])
        try export.libra("BarCodes", [
            .values(["BarCode": "HJO2001", "IdItem": "2001", "IsDefault": "1"]),
            .values(["BarCode": "HJO2001B", "IdItem": "2001", "IsDefault": "0"]),
            .values(["BarCode": "L0001", "IdBorrower": "77", "IsDefault": "1"]),
            .values(["BarCode": "X1"]),
        ])
        return export
    }
}
