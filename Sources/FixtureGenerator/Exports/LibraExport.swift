import MARC

/// A Libra.se export folder: `CatalogueExport.dat` (or `exportCat.txt` for the older export) and the table dumps
/// with their specs.
final class LibraExport: MunicipalityExport {
    let municipality: Municipality
    private let truth: TruthWriter
    private let catalogue: ByteOutput
    private let catalogueName: String
    private var catalogueRecords = 0
    private let items, barcodes, orders, catMatch: TableFile
    private let statusIDs, loanIDs, departmentIDs, shelfIDs: [Int]
    private var nextOrderID: Int
    /// ThreeOne is 003 and 001 run together; this library writes 001 first.
    private let controlNumberFirst: Bool

    init(municipality: Municipality, number: Int, folder: String, seed: UInt64, truth: TruthWriter) throws {
        self.municipality = municipality
        self.truth = truth
        statusIDs = LocalCodes.ids(LocalCodes.statuses.count, seed: seed, municipality: number, list: 1)
        loanIDs = LocalCodes.ids(LocalCodes.loanCategories.count, seed: seed, municipality: number, list: 2)
        departmentIDs = LocalCodes.ids(LocalCodes.departments.count, seed: seed, municipality: number, list: 3)
        shelfIDs = LocalCodes.ids(LocalCodes.shelves.count, seed: seed, municipality: number, list: 4)
        nextOrderID = 500 + number * 17
        controlNumberFirst = municipality.code == "karlsborg"
        catalogueName = municipality.lineCatalogue ? "exportCat.txt" : "CatalogueExport.dat"
        catalogue = try ByteOutput(path: "\(folder)/\(catalogueName)")
        items = try TableFile(folder: folder, table: "Items", system: .libra)
        barcodes = try TableFile(folder: folder, table: "BarCodes", system: .libra)
        orders = try TableFile(folder: folder, table: "Orders", system: .libra)
        catMatch = try TableFile(folder: folder, table: "exportCatMatch", system: .libra)
        try writeLookups(folder: folder)
    }

    static func controlNumber(_ recordID: Int) -> String { String(700_000 + recordID) }
    var agency: String { "SE-\(municipality.sigel)" }

    func write(_ pending: PendingRecord) throws {
        try truth.record(municipality, pending)
        let note = pending.broken == .undecodableByte ? "Tidigare utgiven i Finland\(RecordEmitter.undecodableMarker)" : nil
        let carries035 = pending.variation.noCatMatch || pending.recordID % 3 == 0
        let identity = RecordBuilder.Identity(system: .libra, controlNumber: Self.controlNumber(pending.recordID), agency: agency,
                                              libraIdCat: carries035 ? pending.recordID : nil, catalogued: pending.catalogued)
        let record = RecordBuilder.build(pending.edition, pending.variation, identity, note: note)
        var bytes = municipality.lineCatalogue
            ? RecordEmitter.libraLines(record, text: pending.variation.text)
            : RecordEmitter.iso2709(record, text: pending.variation.text)
        catalogueRecords += 1
        if let broken = pending.broken {
            switch broken {
            case .truncated:
                bytes = Array(bytes.prefix(60)) + [0x1D]
                try truth.broken(municipality, file: catalogueName, position: catalogueRecords, kind: broken.rawValue, readerResult: "unreadable")
            case .wrongLength:
                var leader = Leader(repairing: bytes.prefix(24))
                leader.setNumber(bytes.count + 7, at: 0)
                bytes.replaceSubrange(0..<24, with: leader.bytes)
                try truth.broken(municipality, file: catalogueName, position: catalogueRecords, kind: broken.rawValue, readerResult: "repaired")
            case .undecodableByte:
                try truth.broken(municipality, file: catalogueName, position: catalogueRecords, kind: broken.rawValue, readerResult: "finding")
            }
        }
        try catalogue.write(bytes)
        if !pending.variation.noCatMatch {
            var row = catMatch.row()
            row["IdCat"] = String(pending.recordID)
            let control = Self.controlNumber(pending.recordID)
            row["ThreeOne"] = controlNumberFirst ? control + agency : agency + control
            try catMatch.write(row)
        }
        for item in pending.items { try write(item, edition: pending.edition) }
    }

    private func write(_ item: PendingItem, edition: Edition) throws {
        try truth.item(municipality, item)
        let branch = municipality.branches[item.homeBranch].code
        var row = items.row()
        row["IdBranchCode"] = branch
        row["IdItem"] = String(item.itemID)
        row["IdCat"] = String(item.recordID)
        row["Relocated"] = "0"
        row["IdDepartment"] = String(departmentIDs[item.department])
        row["IdLoanInfo"] = String(loanIDs[item.loanCategory])
        row["InTransfer"] = "0"
        row["Price"] = item.priceText
        row["TypeOfDelivery"] = "1"
        if let status = item.status {
            row["IdStatusCode"] = String(statusIDs[status])
            row["StatusCodeDate"] = FixedCalendar.iso(min(FixedCalendar.exportDay, item.acquired + 400))
            row["StatusCodeTime"] = FixedCalendar.time(item.itemID % 86_400)
            row["StatusCodeSign"] = "BIBL\(item.itemID % 7)"
        }
        row["IdLocalShelf"] = String(shelfIDs[item.shelf])
        if item.ordered {
            nextOrderID += 1
            row["IdOrder"] = String(nextOrderID)
            var order = orders.row()
            order["IdOrder"] = String(nextOrderID)
            order["Type"] = "1"
            order["IdCat"] = String(item.recordID)
            order["IdSupplier"] = "3"
            order["IdAccount"] = "12"
            order["IdBranchCode"] = branch
            order["IdLoanInfo"] = String(loanIDs[item.loanCategory])
            order["IdDepartment"] = String(departmentIDs[item.department])
            order["IdLocalShelf"] = String(shelfIDs[item.shelf])
            order["Author"] = edition.work.heading
            order["Title"] = edition.title
            order["ISBN"] = edition.isbn13
            order["Payed"] = "0"
            order["InvoicePrice"] = item.priceText
            try orders.write(order)
        }
        if item.itemID % 10 == 3 { row["Location_Marc"] = "\(edition.work.sab) \(edition.work.familyName.prefix(3))" }
        if item.itemID % 41 == 0 { row["Info"] = "Gåva från \(municipality.name) hembygdsförening" }
        row["ILL"] = item.interlibraryLoan ? "1" : "0"
        row["Stored"] = "0"
        row["RegDate"] = item.broken == .unparsableDate ? "31.02.\(edition.year)" : FixedCalendar.iso(item.acquired)
        row["RegTime"] = FixedCalendar.time((item.itemID * 37) % 86_400)
        row["RegSign"] = "KATAL"
        row["Hidden"] = item.hidden ? "1" : "0"
        row["NoOfLoansYear"] = String(item.loans / 10)
        row["NoOfLoansTot"] = String(item.loans)
        if let lastLoan = item.lastLoan {
            row["LatestLoanDate"] = FixedCalendar.iso(lastLoan)
            row["LatestLoanTime"] = FixedCalendar.time((item.itemID * 53) % 86_400)
        }
        if let current = item.currentBranch {
            row["IdLastBranchCode"] = municipality.branches[current].code
            row["IsFloating"] = "1"
        } else {
            row["IsFloating"] = "0"
        }
        var values = row.values
        if let broken = item.broken {
            switch broken {
            case .wrongColumnCount: values.removeLast()
            default: break
            }
        }
        try items.writeValues(values)
        if let broken = item.broken {
            let result = broken == .wrongColumnCount ? "rejected" : broken == .unparsableDate ? "finding" : "dangling"
            try truth.broken(municipality, file: "Items.txt", position: items.rowsWritten, kind: broken.rawValue, readerResult: result)
        }
        if let older = item.secondLabel { try writeBarcode(older, itemID: item.itemID, isDefault: false, day: item.acquired) }
        try writeBarcode(item.barcode, itemID: item.itemID, isDefault: true, day: item.acquired)
        if item.itemID % 997 == 5 {
            // A barcode row whose item is in no Items row.
            try writeBarcode("1\(pad(item.itemID, 11))", itemID: 9_000_000 + item.itemID, isDefault: true, day: item.acquired)
            try truth.broken(municipality, file: "BarCodes.txt", position: barcodes.rowsWritten, kind: "barcode-without-item", readerResult: "dangling")
        }
    }

    private func writeBarcode(_ barcode: String, itemID: Int?, borrowerID: Int? = nil, isDefault: Bool, day: Int) throws {
        var row = barcodes.row()
        row["BarCode"] = barcode
        row["IdBorrower"] = borrowerID.map(String.init) ?? ""
        row["IdItem"] = itemID.map(String.init) ?? ""
        row["IsDefault"] = isDefault ? "1" : "0"
        row["RegDate"] = FixedCalendar.iso(day)
        row["RegTime"] = "10:15:00"
        row["RegSign"] = "KATAL"
        try barcodes.write(row)
    }

    func writePatron(borrowerID: Int, barcode: String) throws {
        try writeBarcode(barcode, itemID: nil, borrowerID: borrowerID, isDefault: true, day: FixedCalendar.day(2015, 1, 1) + borrowerID % 3000)
    }

    func close() throws {
        try catalogue.close()
        for table in [items, barcodes, orders, catMatch] { try table.close() }
    }

    private func writeLookups(folder: String) throws {
        let registered = FixedCalendar.iso(FixedCalendar.day(2009, 8, 17))
        let branches = try TableFile(folder: folder, table: "Branches", system: .libra)
        for (index, branch) in municipality.branches.enumerated() {
            var row = branches.row()
            row["IdBranch"] = String(index + 1)
            row["IdBranchCode"] = branch.code
            row["Name"] = branch.name
            row["NameShortName"] = branch.code
            row["City"] = municipality.name
            row["MunicipalityCode"] = municipality.sigel.uppercased()
            row["RegDate"] = registered
            try branches.write(row)
        }
        try branches.close()

        let departments = try TableFile(folder: folder, table: "Departments", system: .libra)
        for (index, department) in LocalCodes.departments.enumerated() {
            var row = departments.row()
            row["IdDepartment"] = String(departmentIDs[index])
            row["Code"] = department.code
            row["Name"] = department.name
            row["StatChild"] = index == LocalCodes.children ? "1" : "0"
            row["RegDate"] = registered
            try departments.write(row)
        }
        try departments.close()

        let shelves = try TableFile(folder: folder, table: "LocalShelfs", system: .libra)
        for (index, shelf) in LocalCodes.shelves.enumerated() {
            var row = shelves.row()
            row["Code"] = shelf.code
            row["IdLocalShelf"] = String(shelfIDs[index])
            row["Name"] = shelf.name
            row["ShowOPAC"] = "1"
            row["RegDate"] = registered
            try shelves.write(row)
        }
        try shelves.close()

        let statuses = try TableFile(folder: folder, table: "StatusCodes", system: .libra)
        for (index, status) in LocalCodes.statuses.enumerated() {
            var row = statuses.row()
            row["IdStatusCode"] = String(statusIDs[index])
            row["StatusCode"] = status.libraCode
            row["Name"] = status.libraName
            row["BlankOnTransaction"] = "0"
            row["ShowHolding"] = status.useWhenDelete ? "0" : "1"
            row["UseWhenDelete"] = status.useWhenDelete ? "1" : "0"
            row["RegDate"] = registered
            try statuses.write(row)
        }
        try statuses.close()

        let loans = try TableFile(folder: folder, table: "LoanPeriods", system: .libra)
        for (index, category) in LocalCodes.loanCategories.enumerated() {
            var row = loans.row()
            row["IdLoanInfo"] = String(loanIDs[index])
            row["Name"] = category.libraName
            row["#OldCode"] = String(index + 1)
            row["RegDate"] = registered
            try loans.write(row)
        }
        try loans.close()
    }
}
