import Fluent
import TreffpunktCore

struct CreateOrgProjectMembers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(OrgProjectMember.schema)
            .field("id", .int64, .identifier(auto: false))
            .field("project_id", .int64, .required, .references(OrgProject.schema, "id", onDelete: .cascade))
            .field("user_id", .int64, .required, .references("users", "id", onDelete: .cascade))
            .field("role", .string, .required)
            .field("is_lead", .bool, .required)
            .unique(on: "project_id", "user_id", name: "org_project_members_pair_unique")
            .create()
        // A member's projects.
        try await database.createIndex("org_project_members_user", on: OrgProjectMember.schema, columns: ["user_id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(OrgProjectMember.schema).delete()
    }
}
