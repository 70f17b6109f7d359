import Fluent
import TreffpunktCore

struct CreateOrgUnits: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(OrgUnit.schema)
            .field("id", .int64, .identifier(auto: false))
            .field("parent_id", .int64, .references(OrgUnit.schema, "id"))
            .field("name", .string, .required)
            .field("name_key", .string, .required)
            .field("kind", .string, .required)
            .field("sort_order", .int, .required)
            .field("created_at", .datetime)
            .create()
        // The chart lists a unit's children in order; siblings are unique by folded name (top-level
        // units have a NULL parent, which a unique index does not compare: the service checks those).
        try await database.createIndex("org_units_parent_order", on: OrgUnit.schema, columns: ["parent_id", "sort_order"])
        try await database.createIndex("org_units_parent_name", on: OrgUnit.schema, columns: ["parent_id", "name_key"], unique: true)
    }

    func revert(on database: any Database) async throws {
        try await database.schema(OrgUnit.schema).delete()
    }
}
