/// The codes a migrated catalogue uses, as Koha must know them before the records are imported: branches,
/// item types, authorised values and classification sources.
///
/// Koha's import checks only barcodes and branches; an item type or authorised value it does not know is
/// stored anyway and shows as blank or breaks circulation rules later. samkat therefore writes every code it
/// emits into `koha-setup.sql` (`sql(existingRows:)`) and a CSV per table for review (`csv(_:)`), both sorted
/// so the same setup always gives the same bytes. `problems()` lists what Koha's tables cannot hold; the
/// writers refuse a setup that has any.
///
/// Koha's tables, as its `kohastructure.sql` defines them (checked against Koha's main branch):
/// - `branches(branchcode varchar(10) primary key, branchname longtext not null, …)`;
/// - `itemtypes(itemtype varchar(10) primary key, description longtext, …)`;
/// - `authorised_value_categories(category_name varchar(32) primary key, …)`, which `authorised_values`
///   references by foreign key;
/// - `authorised_values(id, category varchar(32), authorised_value varchar(80), lib varchar(200),
///   lib_opac varchar(200), …)`, unique on (category, authorised_value);
/// - `class_sources(cn_source varchar(10) primary key, description longtext, used tinyint,
///   class_sort_rule varchar(10), class_split_rule varchar(10))`, both rules foreign keys to
///   `class_sort_rules`/`class_split_rules`, where a standard install has `dewey`, `lcc` and `generic`.
/// - `items.notforloan`, `itemlost`, `damaged` and `withdrawn` are `tinyint(1)`: the authorised values of
///   NOT_LOAN, LOST, DAMAGED and WITHDRAWN must be whole numbers from -128 to 127.
public struct KohaSetup: Hashable, Sendable {
    /// A library branch: `branches.branchcode`, `branches.branchname`.
    public struct Branch: Hashable, Sendable {
        public var code: String
        public var name: String
        public init(code: String, name: String) {
            self.code = code
            self.name = name
        }
    }

    /// An item type: `itemtypes.itemtype`, `itemtypes.description`.
    public struct ItemType: Hashable, Sendable {
        public var code: String
        public var description: String
        public init(code: String, description: String) {
            self.code = code
            self.description = description
        }
    }

    /// The authorised value categories samkat fills, with the 952 subfield each serves.
    public enum Category: String, Hashable, Sendable, CaseIterable, Comparable {
        /// Shelving location, 952 `$c`.
        case location = "LOC"
        /// Collection code, 952 `$8`.
        case collection = "CCODE"
        /// Not for loan, 952 `$7`.
        case notForLoan = "NOT_LOAN"
        /// Lost, 952 `$1`.
        case lost = "LOST"
        /// Damaged, 952 `$4`.
        case damaged = "DAMAGED"
        /// Withdrawn, 952 `$0`.
        case withdrawn = "WITHDRAWN"

        /// True for the statuses Koha keeps in `tinyint` item columns: their values must be small integers.
        public var isNumeric: Bool { self != .location && self != .collection }

        public static func < (lhs: Category, rhs: Category) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// An authorised value: `authorised_values.category`, `.authorised_value`, `.lib` (and `.lib_opac`).
    public struct AuthorisedValue: Hashable, Sendable {
        public var category: Category
        public var value: String
        public var description: String
        public init(category: Category, value: String, description: String) {
            self.category = category
            self.value = value
            self.description = description
        }
    }

    /// A classification source: `class_sources.cn_source`, `.description`, and the filing and splitting
    /// rules (`generic` unless told: Koha has no SAB rules, and generic files SAB signa as text).
    public struct ClassificationSource: Hashable, Sendable {
        public var code: String
        public var description: String
        public var sortRule: String
        public var splitRule: String
        public init(code: String, description: String, sortRule: String = "generic", splitRule: String = "generic") {
            self.code = code
            self.description = description
            self.sortRule = sortRule
            self.splitRule = splitRule
        }
    }

    public var branches: [Branch]
    public var itemTypes: [ItemType]
    public var authorisedValues: [AuthorisedValue]
    public var classificationSources: [ClassificationSource]

    public init(branches: [Branch] = [], itemTypes: [ItemType] = [], authorisedValues: [AuthorisedValue] = [],
                classificationSources: [ClassificationSource] = []) {
        self.branches = branches
        self.itemTypes = itemTypes
        self.authorisedValues = authorisedValues
        self.classificationSources = classificationSources
    }
}

/// The setup cannot be written as Koha would accept it.
public enum KohaSetupError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Codes Koha's tables cannot hold; each problem names the table, the code and what to fix in the mappings.
    case invalid([String])

    public var description: String {
        switch self {
        case .invalid(let problems):
            "the Koha setup has \(problems.count) problem\(problems.count == 1 ? "" : "s"); fix the mappings: "
                + problems.joined(separator: "; ")
        }
    }
}
