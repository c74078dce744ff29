/// The README.md written beside a fixture's exports: the layout, the truth files and the policy the truth assumes.
enum FixtureReadme {
    static func make(_ options: FixtureOptions, _ municipalities: [Municipality], _ summary: FixtureSummary) -> String {
        var lines: [String] = []
        lines.append("# Fixture consortium (generated)")
        lines.append("")
        lines.append("Made by `samkat fixtures --municipalities \(options.municipalities) --records \(options.records) --seed \(options.seed)`.")
        lines.append("The same command gives this tree byte for byte. Nothing here is real library data.")
        lines.append("")
        lines.append("\(summary.records) catalogue records (the `--records` count: every record in every municipality's")
        lines.append("catalogue file, broken ones included) of \(summary.editions) editions of \(summary.works) works; \(summary.items) item rows;")
        lines.append("\(summary.broken) deliberately broken records and rows.")
        lines.append("")
        lines.append("## Layout")
        lines.append("")
        lines.append("- `batch.yml` — the batch `samkat` reads: consortium, one export per municipality, `mappings`, `work`, `out`.")
        lines.append("- `exports/<municipality>/` — one export folder each, in the layout of docs/export-folders.md:")
        for municipality in municipalities {
            let files: String
            switch municipality.system {
            case .libra:
                files = (municipality.lineCatalogue ? "`exportCat.txt` (line-MARC, Latin-1 with some UTF-8 records)" : "`CatalogueExport.dat` (ISO2709, UTF-8 with some MARC-8, Latin-1 and NFD records)")
                    + ", Items, BarCodes, Branches, Departments, LocalShelfs, StatusCodes, LoanPeriods, Orders, exportCatMatch (`.txt` + `spec.txt`, UTF-16LE)"
            case .bookit:
                files = "`bokit_iso2709.mrc`, CA_COPY, CA_COPY_LABEL, GE_ORG, CA_LOC, GE_PREMISES, CA_NOT_AVAILABLE_CAUSE, CI_CAT, CA_MEDIA_TYPE, IL_LOAN (`.txt` + `spec.txt`, Latin-1 / ASCII)"
            }
            lines.append("  - `\(municipality.code)` (\(municipality.name), \(municipality.system == .libra ? "Libra.se" : "BOOK-IT")): \(files)")
        }
        lines.append("- `truth/` — what a correct migration makes of it (tab-separated UTF-8, one header row).")
        lines.append("")
        lines.append("## truth/editions.tsv — one row per catalogue record")
        lines.append("")
        lines.append("`municipality system record_id edition_id work_id kind isbn13 variations record_state`")
        lines.append("")
        lines.append("- `record_id`: Libra IdCat / BOOK-IT CA_CATALOG_ID (001). Records with the same `edition_id` are the same")
        lines.append("  edition and should merge; records of one `work_id` with different editions look alike and must not.")
        lines.append("- `kind`: print, large-print, audiobook-cd, audiobook-mp3, e-book, other-edition, volume-2, translation.")
        lines.append("- `variations`: how this record differs from a clean one (`-` for none): isbn-hyphens, isbn-10, isbn-10-hyphens,")
        lines.append("  isbn-missing, isbn-qualifier-in-a, isbn-qualifier ($q), no-subtitle, no-isbd, text-nfd / text-marc8 /")
        lines.append("  text-latin1 / text-utf8 (the record's bytes are not the file's usual encoding; leader/09 still says `a`),")
        lines.append("  leader-claims-marc8 (UTF-8 with leader/09 blank), no-catmatch-035 (no exportCatMatch row; IdCat only in 035),")
        lines.append("  duplicate-in-catalogue (the library has this edition twice).")
        lines.append("- `record_state`: ok, or the deliberate break (truncated, wrong-length, undecodable-byte). A truncated")
        lines.append("  record cannot be read; its copies are left out of the item tables.")
        lines.append("")
        lines.append("## truth/items.tsv — one row per item row in Items.txt / CA_COPY.txt")
        lines.append("")
        lines.append("`municipality item_id record_id edition_id outcome home_branch barcode collision collides_with note`")
        lines.append("")
        lines.append("- `item_id`: Libra IdItem / BOOK-IT CA_COPY_ID. `edition_id` is `-` for an item whose record does not exist.")
        lines.append("- `outcome`, under the default policy: `do-not-migrate` for interlibrary-loan copies (Libra ILL=1, BOOK-IT IL_LOAN),")
        lines.append("  hidden copies, and statuses Gallrat/Kasserat/Försvunnen/Raderad (UseWhenDelete); `not-for-loan` for ordered")
        lines.append("  copies (IdOrder), statuses Hos bokbindning/Skadad, loan period Referenslån and BOOK-IT categories with")
        lines.append("  LOAN_ALLOWED=0; `rejected-row` for rows with the wrong column count and items whose record is missing;")
        lines.append("  else `migrate` (Saknat – efterforskas migrates, as lost).")
        lines.append("- `home_branch`: the source code of the permanent branch (Libra IdBranchCode even when IdLastBranchCode")
        lines.append("  says a floating copy is elsewhere; BOOK-IT the GE_ORG CODE of ORIG_GE_ORG_ID_UNIT while a temporary")
        lines.append("  location is active, else of GE_ORG_ID_UNIT).")
        lines.append("- `barcode`: the primary source barcode (Libra BarCodes IsDefault=1; BOOK-IT the lowest LABEL_TYPE, 1).")
        lines.append("- `collision`: `-`, `municipality` (another municipality's item has the same barcode; `collides_with` is")
        lines.append("  `<municipality>:<item_id>`) or `patron` (a patron barcode in BarCodes; `patron:<municipality>:<IdBorrower>`).")
        lines.append("- `note`: the deliberate break of the row, if any (wrong-column-count, unparsable-date, missing-record).")
        lines.append("")
        lines.append("## truth/broken.tsv — every deliberately broken record or row")
        lines.append("")
        lines.append("`municipality file position kind reader_result`: `position` is the 1-based record number in a catalogue")
        lines.append("file or the 1-based data row (header rows not counted) in a table. `reader_result`: `unreadable` (the")
        lines.append("reader yields a failure), `repaired` / `finding` (it reads, with a finding), `rejected` (a rejected row),")
        lines.append("`dangling` (it reads but links to nothing: an item of a missing record, a barcode without an item).")
        lines.append("")
        return lines.joined(separator: "\n")
    }
}
