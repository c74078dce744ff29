/// The workspace's schema, as an ordered list of migrations. A workspace records in `PRAGMA user_version`
/// how many it has applied; opening it applies the rest. Never edit a migration that has shipped: add one.
enum Schema {
    static let migrations: [String] = [version1, version2, version3, version4, version5]

    static var currentVersion: Int { migrations.count }

    /// Sources, records, items, barcodes, lookup tables, rejected input and findings, each with provenance.
    static let version1 = """
        CREATE TABLE municipality (
            code TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            population INTEGER
        );

        -- One export of one municipality's system. Rows of an ingest in progress have active = 0 until the
        -- whole source is in; then the previous version is deleted and this one activated in one transaction.
        CREATE TABLE source (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            municipality TEXT NOT NULL REFERENCES municipality(code),
            system TEXT NOT NULL CHECK (system IN ('libra', 'bookit', 'marc')),
            folder TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            ingested_at TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 0
        );
        CREATE UNIQUE INDEX source_active_name ON source(name) WHERE active = 1;

        -- Records as read, normalised (UTF-8, NFC) and stored in RecordCodec form, with where they came from.
        CREATE TABLE record (
            id INTEGER PRIMARY KEY,
            source_id INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
            local_id TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('bibliographic', 'authority', 'holdings', 'other')),
            file TEXT NOT NULL,
            record_number INTEGER NOT NULL,
            byte_offset INTEGER NOT NULL,
            encoding TEXT NOT NULL,
            marc BLOB NOT NULL
        );
        CREATE INDEX record_source_local ON record(source_id, local_id);

        -- Everything read that could not be stored, byte for byte, with the reason.
        CREATE TABLE rejected (
            id INTEGER PRIMARY KEY,
            source_id INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
            entity TEXT NOT NULL,
            file TEXT NOT NULL,
            position INTEGER NOT NULL,
            byte_offset INTEGER,
            reason TEXT NOT NULL,
            raw BLOB NOT NULL
        );

        -- Copies, with the source's own codes; mapping to Koha happens later.
        CREATE TABLE item (
            id INTEGER PRIMARY KEY,
            source_id INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
            local_id TEXT NOT NULL,
            record_local_id TEXT,
            home_branch TEXT,
            holding_branch TEXT,
            department TEXT,
            shelf TEXT,
            status TEXT,
            loan_period TEXT,
            media_type TEXT,
            call_number TEXT,
            issue TEXT,
            price TEXT,
            acquired TEXT,
            last_seen TEXT,
            last_borrowed TEXT,
            checkouts INTEGER,
            note TEXT,
            stock TEXT NOT NULL DEFAULT 'ordinary'
                CHECK (stock IN ('ordinary', 'deleted', 'weeded', 'hidden', 'interlibrary-loan', 'ordered')),
            file TEXT NOT NULL,
            line INTEGER NOT NULL
        );
        CREATE INDEX item_source_local ON item(source_id, local_id);
        CREATE INDEX item_record ON item(source_id, record_local_id);

        CREATE TABLE barcode (
            source_id INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
            item_local_id TEXT,
            borrower_local_id TEXT,
            barcode TEXT NOT NULL,
            label_type TEXT,
            is_primary INTEGER NOT NULL DEFAULT 0,
            file TEXT NOT NULL,
            line INTEGER NOT NULL
        );
        CREATE INDEX barcode_value ON barcode(barcode);
        CREATE INDEX barcode_item ON barcode(source_id, item_local_id);

        -- The source's lookup tables (branch, department, shelf, status, loan period, media type), per code.
        CREATE TABLE lookup (
            source_id INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
            lookup TEXT NOT NULL,
            code TEXT NOT NULL,
            name TEXT,
            parent TEXT,
            attributes TEXT,
            PRIMARY KEY (source_id, lookup, code)
        );

        CREATE TABLE finding (
            id INTEGER PRIMARY KEY,
            source_id INTEGER REFERENCES source(id) ON DELETE CASCADE,
            stage TEXT NOT NULL,
            severity TEXT NOT NULL CHECK (severity IN ('info', 'warning', 'error')),
            rule TEXT NOT NULL,
            message TEXT NOT NULL,
            file TEXT,
            position INTEGER,
            line INTEGER,
            byte_offset INTEGER,
            tag TEXT
        );
        CREATE INDEX finding_rule ON finding(rule);
        """

    /// What each ingest read from each input, for the ledger: read = stored + rejected + set aside.
    static let version2 = """
        CREATE TABLE ingest_count (
            source_id INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
            input TEXT NOT NULL,
            file TEXT NOT NULL,
            read INTEGER NOT NULL,
            stored INTEGER NOT NULL,
            rejected INTEGER NOT NULL,
            set_aside INTEGER NOT NULL,
            PRIMARY KEY (source_id, input)
        );
        """

    /// What the last dedupe run made of the bibliographic records: clusters and every candidate pair's outcome.
    /// Recomputed whole by every run (row ids are only stable between ingests).
    static let version3 = """
        CREATE TABLE cluster_member (
            record_id INTEGER PRIMARY KEY REFERENCES record(id) ON DELETE CASCADE,
            cluster INTEGER NOT NULL
        );
        CREATE INDEX cluster_member_cluster ON cluster_member(cluster);
        CREATE TABLE pair_decision (
            first INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
            second INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
            outcome TEXT NOT NULL CHECK (outcome IN ('merge', 'review', 'keep-apart')),
            score REAL,
            reasons TEXT NOT NULL,
            PRIMARY KEY (first, second)
        );
        """

    /// Match keys computed once per record and kept while the record is; the clusters' surviving records,
    /// merged, with what each survivor lacks that a merged record had.
    static let version4 = """
        CREATE TABLE record_keys (
            record_id INTEGER PRIMARY KEY REFERENCES record(id) ON DELETE CASCADE,
            format TEXT NOT NULL,
            confidence TEXT NOT NULL,
            keys BLOB NOT NULL
        );
        CREATE TABLE cluster (
            id INTEGER PRIMARY KEY,
            survivor INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
            survivor_reason TEXT NOT NULL,
            size INTEGER NOT NULL,
            within_municipality INTEGER NOT NULL,
            merged BLOB NOT NULL
        );
        CREATE TABLE merge_lack (
            cluster INTEGER NOT NULL REFERENCES cluster(id) ON DELETE CASCADE,
            record_id INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
            tag TEXT NOT NULL,
            field TEXT NOT NULL
        );
        CREATE INDEX merge_lack_cluster ON merge_lack(cluster);
        """

    /// What each stage of `samkat run` last finished with: the fingerprint of its inputs, so an unchanged stage
    /// is skipped.
    static let version5 = """
        CREATE TABLE stage_run (
            stage TEXT PRIMARY KEY,
            inputs TEXT NOT NULL,
            finished_at TEXT NOT NULL
        );
        """
}
