import MARC

/// A BOOK-IT export folder: `bokit_iso2709.mrc` and the table dumps with their specs.
final class BookItExport: MunicipalityExport {
    let municipality: Municipality
    private let truth: TruthWriter
    private let catalogue: ByteOutput
    static let catalogueName = "bokit_iso2709.mrc"
    private var catalogueRecords = 0
    private let copies, labels, loans: TableFile
    private let statusIDs, categoryIDs, premisesIDs, locationIDs, unitIDs: [Int]
    private var nextLabelID = 70_000
    private var nextLoanID = 300

    init(municipality: Municipality, number: Int, folder: String, seed: UInt64, truth: TruthWriter) throws {
        self.municipality = municipality
        self.truth = truth
        statusIDs = LocalCodes.ids(LocalCodes.statuses.count, seed: seed, municipality: number, list: 1)
        categoryIDs = LocalCodes.ids(LocalCodes.loanCategories.count, seed: seed, municipality: number, list: 2)
        premisesIDs = LocalCodes.ids(LocalCodes.departments.count, seed: seed, municipality: number, list: 3)
        locationIDs = LocalCodes.ids(LocalCodes.shelves.count, seed: seed, municipality: number, list: 4)
        unitIDs = municipality.branches.indices.map { 11 + $0 }
        catalogue = try ByteOutput(path: "\(folder)/\(Self.catalogueName)")
        copies = try TableFile(folder: folder, table: "CA_COPY", system: .bookit)
        labels = try TableFile(folder: folder, table: "CA_COPY_LABEL", system: .bookit)
        loans = try TableFile(folder: folder, table: "IL_LOAN", system: .bookit)
        try writeLookups(folder: folder)
    }

    func write(_ pending: PendingRecord) throws {
        try truth.record(municipality, pending)
        let note = pending.broken == .undecodableByte ? "Tidigare utgiven i Finland\(RecordEmitter.undecodableMarker)" : nil
        let identity = RecordBuilder.Identity(system: .bookit, controlNumber: String(pending.recordID), agency: nil,
                                              libraIdCat: nil, catalogued: pending.catalogued)
        var bytes = RecordEmitter.iso2709(RecordBuilder.build(pending.edition, pending.variation, identity, note: note),
                                          text: pending.variation.text)
        catalogueRecords += 1
        if let broken = pending.broken {
            let result: String
            switch broken {
            case .truncated:
                bytes = Array(bytes.prefix(60)) + [0x1D]
                result = "unreadable"
            case .wrongLength:
                var leader = Leader(repairing: bytes.prefix(24))
                leader.setNumber(bytes.count - 5, at: 0)
                bytes.replaceSubrange(0..<24, with: leader.bytes)
                result = "repaired"
            case .undecodableByte:
                result = "finding"
            }
            try truth.broken(municipality, file: Self.catalogueName, position: catalogueRecords, kind: broken.rawValue, readerResult: result)
        }
        try catalogue.write(bytes)
        for item in pending.items { try write(item, edition: pending.edition) }
    }

    private func dateTime(_ day: Int, _ seconds: Int) -> String { "\(FixedCalendar.iso(day)) \(FixedCalendar.time(seconds))" }

    private func write(_ item: PendingItem, edition: Edition) throws {
        try truth.item(municipality, item)
        var row = copies.row()
        row["CA_COPY_ID"] = String(item.itemID)
        row["CA_CATALOG_ID"] = String(item.recordID)
        row["AC_SUPPLIER_ID"] = "2"
        row["CA_LOC_ID"] = String(locationIDs[item.shelf])
        row["CA_NOT_AVAILABLE_CAUSE_ID"] = item.status.map { String(statusIDs[$0]) } ?? ""
        row["CI_CAT_ID"] = String(categoryIDs[item.loanCategory])
        row["GE_PREMISES_ID"] = String(premisesIDs[item.department])
        row["GE_ORG_ID_UNIT"] = String(unitIDs[item.homeBranch])
        row["GE_ORG_ID_ACCOUNT"] = "1"
        if let current = item.currentBranch {
            // A temporary location: the permanent values move to ORIG_*.
            row["ORIG_GE_ORG_ID_UNIT"] = String(unitIDs[item.homeBranch])
            row["ORIG_GE_ORG_ID_ACCOUNT"] = "1"
            row["ORIG_CA_LOC_ID"] = String(locationIDs[item.shelf])
            row["ORIG_CI_CAT_ID"] = String(categoryIDs[item.loanCategory])
            row["ORIG_GE_PREMISES_ID"] = String(premisesIDs[item.department])
            row["GE_ORG_ID_UNIT"] = String(unitIDs[current])
            row["CA_LOC_ID"] = String(locationIDs[LocalCodes.stackShelf])
            row["TEMP_LOC_VALID_FROM"] = FixedCalendar.iso(FixedCalendar.exportDay - 20)
            row["TEMP_LOC_VALID_TO"] = FixedCalendar.iso(FixedCalendar.exportDay + 40)
        }
        row["OLD_NO_OF_LOAN"] = String(item.loans)
        row["NO_OF_LOAN_CURR_YEAR"] = String(item.loans / 10)
        row["SY_USER_ID_CREATE"] = "katalog"
        row["CREATE_DATETIME"] = item.broken == .unparsableDate ? "31.02.\(edition.year) 10:15" : dateTime(item.acquired, 36_900)
        row["FIRST_LOCATION_DATE"] = FixedCalendar.iso(item.acquired)
        row["PURCHASE_PRICE"] = item.priceText
        if let lastLoan = item.lastLoan { row["LATEST_LOAN_DATETIME"] = dateTime(lastLoan, (item.itemID * 53) % 86_400) }
        if item.itemID % 10 == 3 { row["DEVIATING_LOCATION_MARC"] = "\(edition.work.sab) \(edition.work.familyName.prefix(3))" }
        if item.itemID % 53 == 0 { row["NOTE"] = "Bilaga: karta | register" }
        row["CA_COPY_TYPE_ID"] = "1"
        row["NEW_MEDIA"] = "0"
        row["CLAIMED_RETURNED"] = "0"
        var values = row.values
        if item.broken == .wrongColumnCount { values.removeLast() }
        try copies.writeValues(values)
        if let broken = item.broken {
            let result = broken == .wrongColumnCount ? "rejected" : broken == .unparsableDate ? "finding" : "dangling"
            try truth.broken(municipality, file: "CA_COPY.txt", position: copies.rowsWritten, kind: broken.rawValue, readerResult: result)
        }
        // The RFID label (type 2) comes first in the file: the primary barcode is the lowest LABEL_TYPE, not the first row.
        if let rfid = item.secondLabel { try writeLabel(rfid, copyID: item.itemID, type: 2, day: item.acquired) }
        try writeLabel(item.barcode, copyID: item.itemID, type: 1, day: item.acquired)
        if item.itemID % 997 == 5 {
            try writeLabel("1\(pad(item.itemID, 11))", copyID: 9_000_000 + item.itemID, type: 1, day: item.acquired)
            try truth.broken(municipality, file: "CA_COPY_LABEL.txt", position: labels.rowsWritten, kind: "barcode-without-item", readerResult: "dangling")
        }
        if item.interlibraryLoan {
            nextLoanID += 1
            var loan = loans.row()
            loan["IL_LOAN_ID"] = String(nextLoanID)
            loan["GE_ORG_ID_BELONG_TO"] = String(unitIDs[0])
            loan["IL_STATUS_ID"] = "3"
            loan["CA_CATALOG_ID"] = String(item.recordID)
            loan["CA_COPY_ID"] = String(item.itemID)
            loan["ORDER_DATE"] = dateTime(item.acquired, 40_000)
            loan["IL_LIBRARY_LABEL"] = "Skövde stadsbibliotek"
            loan["ON_LINE_ORDER"] = "1"
            loan["GE_ORG_ID"] = String(unitIDs[0])
            try loans.write(loan)
        }
    }

    private func writeLabel(_ label: String, copyID: Int, type: Int, day: Int) throws {
        nextLabelID += 1
        var row = labels.row()
        row["CA_COPY_ID"] = String(copyID)
        row["CA_COPY_LABEL_ID"] = String(nextLabelID)
        row["LABEL"] = label
        row["LABEL_TYPE"] = String(type)
        row["SY_USER_ID_CREATE"] = "katalog"
        row["CREATE_DATETIME"] = dateTime(day, 36_900)
        try labels.write(row)
    }

    /// BOOK-IT keeps patron cards in CI_BORR_CARD, which the adapters do not read.
    func writePatron(borrowerID: Int, barcode: String) throws {}

    func close() throws {
        try catalogue.close()
        for table in [copies, labels, loans] { try table.close() }
    }

    private func writeLookups(folder: String) throws {
        let created = "2011-05-02 08:00:00"
        let orgs = try TableFile(folder: folder, table: "GE_ORG", system: .bookit)
        var top = orgs.row()
        top["GE_ORG_ID"] = "1"
        top["CODE"] = municipality.code.uppercased()
        top["NAME"] = "\(municipality.name) kommun"
        top["CREATE_DATETIME"] = created
        try orgs.write(top)
        for (index, branch) in municipality.branches.enumerated() {
            var row = orgs.row()
            row["GE_ORG_ID"] = String(unitIDs[index])
            row["GE_ORG_ID_ACCOUNT"] = "1"
            row["GE_ORG_ID_PARENT"] = "1"
            row["CODE"] = branch.code
            row["NAME"] = branch.name
            row["SHORTNAME"] = branch.code
            row["CREATE_DATETIME"] = created
            try orgs.write(row)
        }
        try orgs.close()

        let locations = try TableFile(folder: folder, table: "CA_LOC", system: .bookit)
        for (index, shelf) in LocalCodes.shelves.enumerated() {
            var row = locations.row()
            row["CA_LOC_ID"] = String(locationIDs[index])
            row["NAME"] = shelf.name
            row["CODE"] = shelf.code
            row["CREATE_DATETIME"] = created
            row["EXTERNAL"] = "0"
            row["PURCHASE_DEFAULT"] = index == 0 ? "1" : "0"
            try locations.write(row)
        }
        try locations.close()

        let premises = try TableFile(folder: folder, table: "GE_PREMISES", system: .bookit)
        for (index, department) in LocalCodes.departments.enumerated() {
            var row = premises.row()
            row["GE_PREMISES_ID"] = String(premisesIDs[index])
            row["GE_ORG_ID"] = String(unitIDs[0])
            row["CODE"] = department.code
            row["NAME"] = department.name
            row["CREATE_DATETIME"] = created
            row["VISIBLE_EXTERNAL"] = "1"
            try premises.write(row)
        }
        try premises.close()

        let causes = try TableFile(folder: folder, table: "CA_NOT_AVAILABLE_CAUSE", system: .bookit)
        for (index, status) in LocalCodes.statuses.enumerated() {
            var row = causes.row()
            row["CA_NOT_AVAILABLE_CAUSE_ID"] = String(statusIDs[index])
            row["DESCR"] = status.bookitName
            row["HARD_CODED"] = "0"
            row["CREATE_DATETIME"] = created
            try causes.write(row)
        }
        try causes.close()

        let categories = try TableFile(folder: folder, table: "CI_CAT", system: .bookit)
        for (index, category) in LocalCodes.loanCategories.enumerated() {
            var row = categories.row()
            row["CI_CAT_ID"] = String(categoryIDs[index])
            row["GE_ORG_ID"] = "1"
            row["DESCR"] = category.bookitName
            row["LOAN_ALLOWED"] = category.loanAllowed ? "1" : "0"
            row["CREATE_DATETIME"] = created
            row["INCLUDE_STATISTICS"] = "1"
            try categories.write(row)
        }
        try categories.close()

        let media = try TableFile(folder: folder, table: "CA_MEDIA_TYPE", system: .bookit)
        for type in LocalCodes.mediaTypes {
            var row = media.row()
            row["CA_MEDIA_TYPE_ID"] = String(type.id)
            row["DESCR"] = type.name
            row["CREATE_DATETIME"] = created
            row["EXTERNAL"] = "0"
            row["CA_MARC_STD_ID"] = "1"
            row["CODE"] = type.code
            row["CA_MEDIA_TYPE_ID_PARENT"] = type.parent.map(String.init) ?? ""
            try media.write(row)
        }
        try media.close()
    }
}
