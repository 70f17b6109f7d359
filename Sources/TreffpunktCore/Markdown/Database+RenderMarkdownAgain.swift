import Fluent
import SQLKit

extension Database {
    /// Renders every row's stored Markdown `source` again into its `html` column with today's
    /// `MarkdownRenderer`: for data migrations after the renderer changed, so that HTML made at save
    /// time by an older renderer (Ink swallowed everything after `<Ihr Name>`) is shown no longer.
    /// Goes through the table `batchSize` rows at a time in id order (keyset, never OFFSET), each batch
    /// one write transaction, writing only the rows whose HTML changes. `table`, `source` and `html`
    /// are the caller's constants, quoted as identifiers.
    package func renderMarkdownAgain(table: String, source: String, html: String, batchSize: Int = 500) async throws {
        var after = Int64.min
        while true {
            let rows = try await sql.raw("""
                SELECT id, \(ident: source) AS source, \(ident: html) AS html FROM \(ident: table)
                WHERE id > \(bind: after) ORDER BY id LIMIT \(literal: batchSize)
                """).all()
            guard !rows.isEmpty else { return }
            var changed: [(id: Int64, html: String)] = []
            for row in rows {
                let id = try row.decode(column: "id", as: Int64.self)
                let rendered = MarkdownRenderer().html(try row.decode(column: "source", as: String.self))
                if rendered != (try row.decode(column: "html", as: String.self)) { changed.append((id, rendered)) }
                after = id
            }
            guard !changed.isEmpty else { continue }
            let batch = changed
            try await writeTransaction { db in
                for row in batch {
                    try await db.sql.raw("UPDATE \(ident: table) SET \(ident: html) = \(bind: row.html) WHERE id = \(bind: row.id)").run()
                }
            }
        }
    }
}
