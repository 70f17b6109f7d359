import Fluent
import TreffpunktCore

struct CreatePageRoles: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(PageMembership.schema)
            .field("id", .int64, .identifier(auto: false))
            .field("page_id", .int64, .required, .references("users", "id", onDelete: .cascade))
            .field("member_id", .int64, .required, .references("users", "id", onDelete: .cascade))
            .field("role", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "page_id", "member_id", name: "page_roles_page_member_unique")
            .create()
        // "Pages I help run" and the role check of every request read by member.
        try await database.createIndex("page_roles_member", on: PageMembership.schema, columns: ["member_id", "page_id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PageMembership.schema).delete()
    }
}
