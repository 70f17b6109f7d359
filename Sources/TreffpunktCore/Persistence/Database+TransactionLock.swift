import Fluent
import SQLKit

extension Database {
    /// Serialises transactions that use the same keys, across every server process: call it first inside
    /// a `writeTransaction` that reads, decides and then writes (a count against a limit). PostgreSQL takes
    /// transaction-scoped advisory locks, in sorted order so two callers never wait for each other crosswise;
    /// on SQLite the write transaction already holds the one write lock.
    package func lockForTransaction(_ keys: [String]) async throws {
        guard sql.dialect.name == "postgresql" else { return }
        for key in Set(keys).sorted() {
            try await sql.raw("SELECT pg_advisory_xact_lock(hashtextextended(\(bind: key), 0))").run()
        }
    }
}
