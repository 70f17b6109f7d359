import Fluent
import SQLKit

/// PostgreSQL: the search vector folds accents as SQLite's FTS5 does (`remove_diacritics`), so
/// "arztek" finds "Ärztekammer" on both databases. `PostgresSearch.folded` applies the same folding
/// to what people search for. SQLite is unchanged.
struct FoldPostSearchDiacritics: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await replaceVector(on: database, with: PostgresSearch.folded(column: "text"))
    }

    func revert(on database: any Database) async throws {
        try await replaceVector(on: database, with: "text")
    }

    private func replaceVector(on database: any Database, with expression: String) async throws {
        guard database.sql.dialect.name == "postgresql" else { return }
        // One transaction: PostgreSQL changes tables transactionally, so a failure leaves the old vector.
        try await database.transaction { transaction in
            let sql = transaction.sql
            try await sql.raw("ALTER TABLE posts DROP COLUMN search_vector").run()
            try await sql.raw("""
                ALTER TABLE posts ADD COLUMN search_vector tsvector
                    GENERATED ALWAYS AS (to_tsvector('simple', \(unsafeRaw: expression))) STORED
                """).run()
            try await sql.raw("CREATE INDEX posts_search ON posts USING GIN (search_vector)").run()
        }
    }
}
