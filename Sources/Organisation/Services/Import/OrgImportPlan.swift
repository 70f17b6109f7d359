import TreffpunktCore

/// What an import would do, row by row, checked against the file itself and the database: the preview
/// shows it, and the import writes it only when no row has an error.
struct OrgImportPlan: Sendable {
    enum Status: Sendable, Equatable {
        case new, update, error
    }

    struct Row: Sendable {
        let source: OrgCSVRow
        var problems: [LocalizedText] = []
        /// The member's id when they exist already.
        var existingID: Int64?
        /// The unit the person goes to: an existing unit's id, or a planned unit's (negative) id.
        var unitID: Int64?

        var status: Status { !problems.isEmpty ? .error : (existingID == nil ? .new : .update) }
    }

    /// A unit the import creates. Ids of planned units are negative, so paths can refer to them before they exist.
    struct PlannedUnit: Sendable {
        let id: Int64
        let parentID: Int64?
        let name: String
        let kind: OrgUnitKind
        let sortOrder: Int
        /// The full path, for the preview.
        let path: String
    }

    var rows: [Row]
    /// Parents before children.
    var newUnits: [PlannedUnit]
    let encoding: CSVTextDecoding.Encoding

    var hasErrors: Bool { rows.contains { $0.status == .error } }
    func count(_ status: Status) -> Int { rows.filter { $0.status == status }.count }
}
