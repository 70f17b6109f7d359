/// One person as a row of the import file, with its cells trimmed.
struct OrgCSVRow: Sendable {
    /// The row's number as a spreadsheet shows it: the header is row 1.
    let number: Int
    let name: String
    /// Lower-cased.
    let email: String
    let position: String
    /// The unit's path from the top, e.g. ["Musterfirma GmbH", "Standort Stuttgart", "Vertrieb"]; empty for none.
    let unitPath: [String]
    /// Lower-cased; empty for nobody.
    let managerEmail: String
}
