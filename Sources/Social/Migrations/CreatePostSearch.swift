import Fluent
import SQLKit
import TreffpunktCore

/// Full-text search over post texts, kept up to date by the database itself: SQLite's FTS5 fed by
/// triggers, PostgreSQL's text search on a generated column with a GIN index.
struct CreatePostSearch: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database.sql
        if sql.dialect.name == "sqlite" {
            try await sql.raw("""
                CREATE VIRTUAL TABLE post_search USING fts5(text, content='posts', content_rowid='id',
                    tokenize = 'unicode61 remove_diacritics 2')
                """).run()
            try await database.createFullTextTriggers(index: "post_search", table: "posts", column: "text")
        } else {
            try await sql.raw("""
                ALTER TABLE posts ADD COLUMN search_vector tsvector
                    GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED
                """).run()
            try await sql.raw("CREATE INDEX posts_search ON posts USING GIN (search_vector)").run()
        }
    }

    func revert(on database: any Database) async throws {
        let sql = database.sql
        if sql.dialect.name == "sqlite" {
            try await database.dropFullTextIndex("post_search")
        } else {
            try await sql.raw("DROP INDEX IF EXISTS posts_search").run()
            try await sql.raw("ALTER TABLE posts DROP COLUMN IF EXISTS search_vector").run()
        }
    }
}
