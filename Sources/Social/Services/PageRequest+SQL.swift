import SQLKit

extension PageRequest {
    /// The keyset bounds as SQL on `column`, each starting with ` AND`; empty when the page is unbounded.
    package func bounds(on column: String) -> SQLQueryString {
        var bounds: SQLQueryString = ""
        if let maxID { bounds += " AND \(unsafeRaw: column) < \(bind: maxID)" }
        if let sinceID { bounds += " AND \(unsafeRaw: column) > \(bind: sinceID)" }
        if let minID { bounds += " AND \(unsafeRaw: column) > \(bind: minID)" }
        return bounds
    }

    /// `ORDER BY` direction: a `min_id` page is read oldest first (and turned around by `ordered`).
    package var direction: SQLQueryString { readsAscending ? "ASC" : "DESC" }
}
