import Fluent
import TreffpunktCore

/// How far each person has read each topic: the id of the last reply (or of the topic) they saw.
struct CreateForumReads: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ReadTracking.table)
            .field("member_id", .int64, .required)
            .field("topic_id", .int64, .required)
            .field("last_read_id", .int64, .required)
            .unique(on: "member_id", "topic_id", name: "forum_reads_unique")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ReadTracking.table).delete()
    }
}
