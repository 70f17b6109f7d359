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
            try await sql.raw("""
                CREATE TRIGGER post_search_insert AFTER INSERT ON posts BEGIN
                    INSERT INTO post_search(rowid, text) VALUES (new.id, new.text);
                END
                """).run()
            try await sql.raw("""
                CREATE TRIGGER post_search_delete AFTER DELETE ON posts BEGIN
                    INSERT INTO post_search(post_search, rowid, text) VALUES ('delete', old.id, old.text);
                END
                """).run()
            try await sql.raw("""
                CREATE TRIGGER post_search_update AFTER UPDATE OF text ON posts BEGIN
                    INSERT INTO post_search(post_search, rowid, text) VALUES ('delete', old.id, old.text);
                    INSERT INTO post_search(rowid, text) VALUES (new.id, new.text);
                END
                """).run()
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
            for trigger in ["post_search_insert", "post_search_delete", "post_search_update"] {
                try await sql.raw("DROP TRIGGER IF EXISTS \(unsafeRaw: trigger)").run()
            }
            try await sql.raw("DROP TABLE IF EXISTS post_search").run()
        } else {
            try await sql.raw("DROP INDEX IF EXISTS posts_search").run()
            try await sql.raw("ALTER TABLE posts DROP COLUMN IF EXISTS search_vector").run()
        }
    }
}
