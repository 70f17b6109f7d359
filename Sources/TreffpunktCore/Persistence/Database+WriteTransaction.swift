import Fluent
import SQLKit

extension Database {
    /// A transaction that writes; every service that changes data in more than one statement uses it.
    /// On SQLite it takes the write lock first, as `BEGIN IMMEDIATE` would: a transaction that reads
    /// first holds a snapshot, and when another connection writes meanwhile, SQLite cannot let it write
    /// any more and answers "database is locked" at once (`SQLITE_BUSY_SNAPSHOT`), which no busy handler
    /// waits out. With the lock taken first, a second writer waits its turn instead.
    /// On SQLite, the writers of this process also queue up in `WriteQueue` rather than in SQLite's
    /// busy handler.
    /// A write transaction inside another one joins it: the outer one holds the lock already. (The queue's
    /// own mark cannot tell: Fluent runs the transaction's body in a task of its own, without the mark,
    /// so a nested call would wait for the outer one forever.)
    package func writeTransaction<T: Sendable>(_ closure: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        if inTransaction { return try await closure(self) }
        guard sql.dialect.name == "sqlite" else { return try await transaction(closure) }
        return try await WriteQueue.sqlite.run {
            try await transaction { db in
                // Fluent begins transactions deferred; a write that changes nothing takes the lock.
                try await db.sql.raw("DELETE FROM _fluent_migrations WHERE 0").run()
                return try await closure(db)
            }
        }
    }
}
