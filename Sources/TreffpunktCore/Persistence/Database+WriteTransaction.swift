import Fluent
import SQLKit

extension Database {
    /// A transaction that writes; every service that changes data in more than one statement uses it.
    /// On SQLite it takes the write lock first, as `BEGIN IMMEDIATE` would: a transaction that reads
    /// first holds a snapshot, and when another connection writes meanwhile, SQLite cannot let it write
    /// any more and answers "database is locked" at once (`SQLITE_BUSY_SNAPSHOT`), which no busy handler
    /// waits out. With the lock taken first, a second writer waits its turn instead.
    package func writeTransaction<T: Sendable>(_ closure: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        try await transaction { db in
            if db.sql.dialect.name == "sqlite" {
                // Fluent begins transactions deferred; a write that changes nothing takes the lock.
                try await db.sql.raw("DELETE FROM _fluent_migrations WHERE 0").run()
            }
            return try await closure(db)
        }
    }
}
