import Fluent
import TreffpunktCore

struct CreateOrgPlacements: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(OrgPlacement.schema)
            .field("user_id", .int64, .identifier(auto: false), .references("users", "id", onDelete: .cascade))
            .field("unit_id", .int64, .references(OrgUnit.schema, "id", onDelete: .setNull))
            .field("manager_id", .int64, .references("users", "id", onDelete: .setNull))
            .field("updated_at", .datetime)
            .create()
        // A unit's people and a manager's direct reports.
        try await database.createIndex("org_placements_unit", on: OrgPlacement.schema, columns: ["unit_id"])
        try await database.createIndex("org_placements_manager", on: OrgPlacement.schema, columns: ["manager_id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(OrgPlacement.schema).delete()
    }
}
