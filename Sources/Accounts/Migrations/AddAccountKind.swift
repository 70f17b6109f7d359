import Fluent
import SQLKit
import TreffpunktCore

/// Company pages are accounts too; existing accounts are people.
struct AddAccountKind: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(User.schema)
            .field("kind", .string, .required, .sql(.default(AccountKind.person.rawValue)))
            .update()
        // The list of company pages (`/c`) reads pages by name; the people directory, people by name.
        try await database.createIndex("users_kind_display_name_id", on: User.schema, columns: ["kind", "display_name", "id"])
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(index: "users_kind_display_name_id").run()
        try await database.schema(User.schema).deleteField("kind").update()
    }
}
