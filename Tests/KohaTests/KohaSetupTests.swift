import Testing
@testable import Koha

@Suite struct KohaSetupTests {
    static let setup = KohaSetup(
        branches: [
            .init(code: "SKO", name: "Skövde stadsbibliotek"),
            .init(code: "HJO", name: "Hjo bibliotek"),
            .init(code: "HJO", name: "Hjo bibliotek"),
        ],
        itemTypes: [.init(code: "LJUDBOK", description: "Ljudbok"), .init(code: "BOK", description: "Bok")],
        authorisedValues: [
            .init(category: .notForLoan, value: "10", description: "Referens"),
            .init(category: .location, value: "VUX", description: "Vuxen"),
            .init(category: .notForLoan, value: "2", description: "Beställd"),
            .init(category: .collection, value: "OB", description: "O'Briens samling"),
        ],
        classificationSources: [.init(code: "SAB", description: "Klassifikationssystem för svenska bibliotek")])

    @Test func writesOneStatementPerRowSortedByKey() throws {
        let sql = try Self.setup.sql()
        let inserts = sql.split(separator: "\n").filter { $0.hasPrefix("INSERT") }.map(String.init)
        #expect(inserts == [
            "INSERT INTO branches (branchcode, branchname) VALUES ('HJO', 'Hjo bibliotek') ON DUPLICATE KEY UPDATE branchname = VALUES(branchname);",
            "INSERT INTO branches (branchcode, branchname) VALUES ('SKO', 'Skövde stadsbibliotek') ON DUPLICATE KEY UPDATE branchname = VALUES(branchname);",
            "INSERT INTO itemtypes (itemtype, description) VALUES ('BOK', 'Bok') ON DUPLICATE KEY UPDATE description = VALUES(description);",
            "INSERT INTO itemtypes (itemtype, description) VALUES ('LJUDBOK', 'Ljudbok') ON DUPLICATE KEY UPDATE description = VALUES(description);",
            "INSERT IGNORE INTO authorised_value_categories (category_name) VALUES ('CCODE');",
            "INSERT IGNORE INTO authorised_value_categories (category_name) VALUES ('LOC');",
            "INSERT IGNORE INTO authorised_value_categories (category_name) VALUES ('NOT_LOAN');",
            "INSERT INTO authorised_values (category, authorised_value, lib) VALUES ('CCODE', 'OB', 'O''Briens samling') ON DUPLICATE KEY UPDATE lib = VALUES(lib);",
            "INSERT INTO authorised_values (category, authorised_value, lib) VALUES ('LOC', 'VUX', 'Vuxen') ON DUPLICATE KEY UPDATE lib = VALUES(lib);",
            "INSERT INTO authorised_values (category, authorised_value, lib) VALUES ('NOT_LOAN', '2', 'Beställd') ON DUPLICATE KEY UPDATE lib = VALUES(lib);",
            "INSERT INTO authorised_values (category, authorised_value, lib) VALUES ('NOT_LOAN', '10', 'Referens') ON DUPLICATE KEY UPDATE lib = VALUES(lib);",
            "INSERT INTO class_sources (cn_source, description, used, class_sort_rule, class_split_rule) VALUES ('SAB', 'Klassifikationssystem för svenska bibliotek', 1, 'generic', 'generic') ON DUPLICATE KEY UPDATE description = VALUES(description), used = VALUES(used), class_sort_rule = VALUES(class_sort_rule), class_split_rule = VALUES(class_split_rule);",
        ])
        #expect(sql.contains("START TRANSACTION;") && sql.contains("COMMIT;"))
        #expect(sql.contains("SET NAMES utf8mb4;"))
    }

    @Test func keepModeInsertsIgnoringExistingCodes() throws {
        let sql = try KohaSetup(branches: [.init(code: "HJO", name: "Hjo")]).sql(existingRows: .keep)
        #expect(sql.contains("INSERT IGNORE INTO branches (branchcode, branchname) VALUES ('HJO', 'Hjo');"))
        #expect(!sql.contains("ON DUPLICATE KEY"))
    }

    @Test func quotesForMySQL() {
        #expect(MySQLLiteral.quoted("O'Brien") == "'O''Brien'")
        #expect(MySQLLiteral.quoted(#"C:\bok\"#) == #"'C:\\bok\\'"#)
        #expect(MySQLLiteral.quoted(#"\'"#) == #"'\\'''"#, "a backslash before a quote cannot escape it")
        #expect(MySQLLiteral.quoted("rad1\nrad2\r\0\u{1A}") == #"'rad1\nrad2\r\0\Z'"#)
        #expect(MySQLLiteral.quoted("Åsa – ”citat”") == "'Åsa – ”citat”'")
    }

    @Test func backslashEscapesAreOnForTheScript() throws {
        let sql = try KohaSetup(itemTypes: [.init(code: "BOK", description: #"Bok\Häfte"#)]).sql()
        #expect(sql.contains(#"VALUES ('BOK', 'Bok\\Häfte')"#))
        let modeLine = sql.split(separator: "\n").firstIndex { $0.contains("NO_BACKSLASH_ESCAPES") }
        let firstInsert = sql.split(separator: "\n").firstIndex { $0.hasPrefix("INSERT") }
        #expect(modeLine != nil && firstInsert != nil && modeLine! < firstInsert!)
        #expect(sql.hasSuffix("SET SESSION sql_mode = @samkat_sql_mode;\n"))
    }

    @Test func outputIsDeterministic() throws {
        var shuffled = Self.setup
        shuffled.branches.reverse()
        shuffled.itemTypes.reverse()
        shuffled.authorisedValues.reverse()
        #expect(try shuffled.sql() == Self.setup.sql())
        for table in KohaSetup.Table.allCases { #expect(try shuffled.csv(table) == Self.setup.csv(table)) }
        var decomposed = Self.setup
        decomposed.branches[0].name = "Sko\u{0308}vde stadsbibliotek"
        #expect(try decomposed.sql() == Self.setup.sql(), "names are written in NFC")
    }

    @Test func writesCSVPerTable() throws {
        #expect(try Self.setup.csv(.branches) == "branchcode,branchname\nHJO,Hjo bibliotek\nSKO,Skövde stadsbibliotek\n")
        let values = try KohaSetup(authorisedValues: [.init(category: .location, value: "A;B", description: #"Säg "hej", sa hon"#)])
            .csv(.authorisedValues)
        #expect(values == "category,authorised_value,lib\nLOC,\"A;B\",\"Säg \"\"hej\"\", sa hon\"\n")
        #expect(try Self.setup.csvFiles().map(\.name) == ["branches.csv", "itemtypes.csv", "authorised_values.csv", "class_sources.csv"])
        #expect(try Self.setup.csv(.classSources) == "cn_source,description,used,class_sort_rule,class_split_rule\nSAB,Klassifikationssystem för svenska bibliotek,1,generic,generic\n")
    }

    @Test func refusesWhatKohaCannotHold() {
        let bad = KohaSetup(
            branches: [.init(code: "HJOSTADSBIBL", name: "Hjo"), .init(code: "SKO", name: "Skövde"), .init(code: "SKO", name: "Skövde bibliotek")],
            itemTypes: [.init(code: "", description: "Ingen")],
            authorisedValues: [
                .init(category: .lost, value: "Förlorad", description: "Förlorad"),
                .init(category: .damaged, value: "200", description: "Trasig"),
                .init(category: .location, value: "VUX", description: String(repeating: "x", count: 201)),
            ])
        let problems = bad.problems()
        #expect(problems.count == 6, "\(problems)")
        #expect(problems.contains { $0.contains("HJOSTADSBIBL") && $0.contains("10 characters") })
        #expect(problems.contains { $0.contains("SKO") && $0.contains("2 different names") })
        #expect(problems.contains { $0.contains("itemtypes: an empty code") })
        #expect(problems.contains { $0.contains("LOST") && $0.contains("Förlorad") && $0.contains("-128 to 127") })
        #expect(problems.contains { $0.contains("DAMAGED") && $0.contains("200") })
        #expect(problems.contains { $0.contains("LOC") && $0.contains("200 characters") })
        #expect(throws: KohaSetupError.self) { try bad.sql() }
        #expect(throws: KohaSetupError.self) { try bad.csv(.branches) }
        #expect(Self.setup.problems().isEmpty)
    }
}
