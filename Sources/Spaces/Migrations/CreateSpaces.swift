import Fluent
import TreffpunktCore

struct CreateSpaces: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Space.schema)
            .field("id", .int64, .identifier(auto: false))
            .field("slug", .string, .required)
            .field("name", .string, .required)
            .field("name_key", .string, .required)
            .field("description", .string, .required)
            .field("access", .string, .required)
            .field("project_id", .int64)
            .field("created_by", .int64, .required)
            .field("created_at", .datetime)
            .unique(on: "slug", name: "spaces_slug_unique")
            .unique(on: "name_key", name: "spaces_name_key_unique")
            .unique(on: "project_id", name: "spaces_project_unique")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Space.schema).delete()
    }
}
