import Fluent
import SQLKit
import TreffpunktCore

/// A member's own posts (not comments) by id: counts and the newest post for every account shown
/// come from this index alone, without reading a single row of the posts table.
struct CreatePostsByAuthorIndex: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.sql.raw("CREATE INDEX posts_author_roots ON posts (author_id, id) WHERE root_id IS NULL").run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.raw("DROP INDEX posts_author_roots").run()
    }
}
