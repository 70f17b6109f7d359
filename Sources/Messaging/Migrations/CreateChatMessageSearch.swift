import Fluent
import Social
import SQLKit
import TreffpunktCore

/// Full-text search over message texts, kept up to date by the database itself as for posts: SQLite's
/// FTS5 fed by triggers (with word prefixes, so the last word searched may be the start of one),
/// PostgreSQL's text search on a generated, accent-folded column with a GIN index. A deleted message's
/// text is emptied, which takes it out of the index.
struct CreateChatMessageSearch: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database.sql
        if sql.dialect.name == "sqlite" {
            try await sql.raw("""
                CREATE VIRTUAL TABLE chat_message_search USING fts5(text, content='chat_messages', content_rowid='id',
                    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4 5 6 7 8 9 10')
                """).run()
            try await database.createFullTextTriggers(index: "chat_message_search", table: "chat_messages", column: "text")
        } else {
            try await sql.raw("""
                ALTER TABLE chat_messages ADD COLUMN search_vector tsvector
                    GENERATED ALWAYS AS (to_tsvector('simple', \(unsafeRaw: PostgresSearch.folded(column: "text")))) STORED
                """).run()
            try await sql.raw("CREATE INDEX chat_messages_search ON chat_messages USING GIN (search_vector)").run()
        }
    }

    func revert(on database: any Database) async throws {
        let sql = database.sql
        if sql.dialect.name == "sqlite" {
            try await database.dropFullTextIndex("chat_message_search")
        } else {
            try await sql.raw("DROP INDEX IF EXISTS chat_messages_search").run()
            try await sql.raw("ALTER TABLE chat_messages DROP COLUMN IF EXISTS search_vector").run()
        }
    }
}
