import Fluent
import SQLKit
import TreffpunktCore

/// The index on `(root_id, id)` covered every post, and since most posts have no root, planners
/// used it for "root_id IS NULL" and walked a million rows. Only comments need it: the new index
/// holds comments alone, so lists of posts use the author, visibility or primary key instead.
struct ReplacePostsRootIndex: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.sql.raw("DROP INDEX posts_root").run()
        try await database.sql.raw("CREATE INDEX posts_comments ON posts (root_id, id) WHERE root_id IS NOT NULL").run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.raw("DROP INDEX posts_comments").run()
        try await database.createIndex("posts_root", on: Post.schema, columns: ["root_id", "id"])
    }
}
