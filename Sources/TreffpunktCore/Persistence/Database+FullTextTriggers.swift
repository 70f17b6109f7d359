import Fluent
import SQLKit

extension Database {
    /// SQLite: the triggers that keep the FTS5 table `index` (external content: `table`, rowid = `id`)
    /// in step with `column` of `table` on insert, delete and change of that column.
    package func createFullTextTriggers(index: String, table: String, column: String) async throws {
        try await sql.raw("""
            CREATE TRIGGER \(unsafeRaw: index)_insert AFTER INSERT ON \(unsafeRaw: table) BEGIN
                INSERT INTO \(unsafeRaw: index)(rowid, \(unsafeRaw: column)) VALUES (new.id, new.\(unsafeRaw: column));
            END
            """).run()
        try await sql.raw("""
            CREATE TRIGGER \(unsafeRaw: index)_delete AFTER DELETE ON \(unsafeRaw: table) BEGIN
                INSERT INTO \(unsafeRaw: index)(\(unsafeRaw: index), rowid, \(unsafeRaw: column)) VALUES ('delete', old.id, old.\(unsafeRaw: column));
            END
            """).run()
        try await sql.raw("""
            CREATE TRIGGER \(unsafeRaw: index)_update AFTER UPDATE OF \(unsafeRaw: column) ON \(unsafeRaw: table) BEGIN
                INSERT INTO \(unsafeRaw: index)(\(unsafeRaw: index), rowid, \(unsafeRaw: column)) VALUES ('delete', old.id, old.\(unsafeRaw: column));
                INSERT INTO \(unsafeRaw: index)(rowid, \(unsafeRaw: column)) VALUES (new.id, new.\(unsafeRaw: column));
            END
            """).run()
    }

    /// SQLite: removes what `createFullTextTriggers` made, and the FTS5 table itself.
    package func dropFullTextIndex(_ index: String) async throws {
        for trigger in ["insert", "delete", "update"] {
            try await sql.raw("DROP TRIGGER IF EXISTS \(unsafeRaw: index)_\(unsafeRaw: trigger)").run()
        }
        try await sql.raw("DROP TABLE IF EXISTS \(unsafeRaw: index)").run()
    }
}
