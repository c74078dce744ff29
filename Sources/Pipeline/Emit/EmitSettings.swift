import Exports
import Holdings
import Koha

/// The batch file's `catalogue` and `barcodes` settings, checked and in the types the emit uses.
struct EmitSettings {
    var format: CatalogueFiles.Format
    var recordsPerFile: Int
    var rules: KohaRecordRules
    var consortiumCode: String
    var leaveControlNumbersToKoha: Bool
    var callNumbers: [CallNumberSource]
    var itemTypeOrder: [String]
    var barcodes: BarcodePolicy

    init(_ batch: BatchFile) throws {
        let catalogue = batch.catalogue
        guard let format = CatalogueFiles.Format(rawValue: catalogue.format) else {
            throw PipelineError.invalidSetting("catalogue: format \"\(catalogue.format)\" is neither marcxml nor iso2709")
        }
        guard catalogue.recordsPerFile > 0 else { throw PipelineError.invalidSetting("catalogue: records_per_file must be at least 1") }
        self.format = format
        recordsPerFile = catalogue.recordsPerFile
        consortiumCode = catalogue.consortiumCode
        switch catalogue.controlNumbers {
        case "consortium": leaveControlNumbersToKoha = false
        case "koha": leaveControlNumbersToKoha = true
        default: throw PipelineError.invalidSetting("catalogue: control_numbers \"\(catalogue.controlNumbers)\" is neither consortium nor koha")
        }
        rules = KohaRecordRules(controlNumbers: leaveControlNumbersToKoha ? .leaveToKoha : .consortium(catalogue.consortiumCode))
        callNumbers = try catalogue.callNumbers.map { name in
            guard let source = CallNumberSource(rawValue: name) else {
                throw PipelineError.invalidSetting("catalogue: call_numbers \"\(name)\" is none of \(CallNumberSource.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return source
        }
        itemTypeOrder = catalogue.itemTypes
        let settings = batch.barcodes
        let trims = settings.trimCheckDigit.mapValues { CheckDigitTrim(characters: $0.characters, onlyLength: $0.onlyLength) }
        barcodes = switch settings.policy {
        case "prefix": .prefix(settings.affixes, trimPlesseyCheckDigit: trims)
        case "suffix": .suffix(settings.affixes, trimPlesseyCheckDigit: trims)
        case "keep-first": .keepFirst(trimPlesseyCheckDigit: trims)
        case "reject": .reject(trimPlesseyCheckDigit: trims)
        default: throw PipelineError.invalidSetting("barcodes: policy \"\(settings.policy)\" is none of prefix, suffix, keep-first, reject")
        }
    }
}
