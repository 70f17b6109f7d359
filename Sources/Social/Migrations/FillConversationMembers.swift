import Fluent
import SQLKit
import TreffpunktCore

/// The direct threads written before conversations were kept: each participant (author, people
/// mentioned, Pinnwand owner) gets the thread, read, with its newest post.
struct FillConversationMembers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.sql.raw("""
            INSERT INTO conversation_members (member_id, root_id, last_status_id, unread)
            SELECT t.member_id, t.root_id, COALESCE((SELECT MAX(c.id) FROM posts c WHERE c.root_id = t.root_id), t.root_id), \(bind: false)
            FROM (
              SELECT author_id AS member_id, id AS root_id FROM posts
                WHERE visibility = \(bind: PostVisibility.direct.rawValue) AND root_id IS NULL AND reblog_of_id IS NULL
              UNION SELECT wall_owner_id, id FROM posts
                WHERE visibility = \(bind: PostVisibility.direct.rawValue) AND root_id IS NULL AND wall_owner_id IS NOT NULL
              UNION SELECT m.user_id, p.id FROM post_mentions m JOIN posts p ON p.id = m.post_id
                WHERE p.visibility = \(bind: PostVisibility.direct.rawValue) AND p.root_id IS NULL
            ) t
            """).run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.raw("DELETE FROM conversation_members").run()
    }
}
