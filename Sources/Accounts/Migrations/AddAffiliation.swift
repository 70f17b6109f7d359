import Fluent
import SQLKit
import TreffpunktCore

/// People are employees or guests from now on. Everyone registered so far joined as an insider, so
/// every existing account becomes an employee; new accounts are given their affiliation explicitly.
struct AddAffiliation: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(User.schema)
            .field("affiliation", .string, .required, .sql(.default(Affiliation.employee.rawValue)))
            .update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(User.schema).deleteField("affiliation").update()
    }
}
