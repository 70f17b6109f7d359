import Fluent
import Foundation
import SQLKit
import TreffpunktCore

/// Registrations by e-mail domain prove their address from now on; every account that exists already
/// counts as confirmed, from the moment it was created.
struct AddEmailConfirmedAt: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(User.schema).field("email_confirmed_at", .datetime).update()
        try await database.sql.update(User.schema)
            .set("email_confirmed_at", to: SQLFunction("COALESCE", args: SQLColumn("created_at"), SQLBind(Date())))
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(User.schema).deleteField("email_confirmed_at").update()
    }
}
