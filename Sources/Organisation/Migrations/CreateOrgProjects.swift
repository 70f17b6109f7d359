import Fluent
import TreffpunktCore

struct CreateOrgProjects: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(OrgProject.schema)
            .field("id", .int64, .identifier(auto: false))
            .field("name", .string, .required)
            .field("name_key", .string, .required)
            .field("description", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "name_key", name: "org_projects_name_key_unique")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(OrgProject.schema).delete()
    }
}
