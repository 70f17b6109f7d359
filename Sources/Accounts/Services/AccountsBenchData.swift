import Fluent
import Foundation
import TreffpunktCore
import Vapor

/// Members for the benchmark data set: many at once, with German names, all sharing one password.
/// Only `treffpunkt bench` uses this; it never runs on a real installation's request path.
package enum AccountsBenchData {
    package static let password = "bench-passwort"

    private static let firstNames = ["Anna", "Ben", "Clara", "David", "Eva", "Felix", "Greta", "Hannes", "Ida", "Jonas",
                                     "Klara", "Lukas", "Mia", "Noah", "Olga", "Paul", "Rosa", "Simon", "Tina", "Udo"]
    private static let lastNames = ["Schmidt", "Müller", "Weber", "Wagner", "Becker", "Hoffmann", "Schulz", "Koch",
                                    "Richter", "Klein", "Wolf", "Neumann", "Schwarz", "Braun", "Krüger", "Lange"]
    private static let departments = ["Vertrieb", "Marketing", "Produktion", "Entwicklung", "Einkauf", "IT", "Personal",
                                      "Kundenservice", "Buchhaltung", "Logistik"]

    /// The username of bench member `number` (1-based): `mitglied00042`.
    package static func username(_ number: Int) -> String {
        "mitglied" + String(format: "%05d", number)
    }

    /// Inserts `count` members and returns their ids in order. Passwords are hashed once, at the
    /// lowest bcrypt cost, so load tests can log many of them in quickly.
    package static func insertMembers(count: Int, on database: any Database) async throws -> [Int64] {
        let hash = try Bcrypt.hash(password, cost: 4)
        let created = Date().addingTimeInterval(-400 * 86_400)
        var insert = BulkInsert(table: User.schema, columns: [
            "id", "username", "username_key", "display_name", "email", "password_hash", "role", "bio",
            "position", "department", "language", "auth_epoch", "created_at", "updated_at", "email_confirmed_at",
        ])
        var ids: [Int64] = []
        ids.reserveCapacity(count)
        for number in 1...count {
            let id = SnowflakeID.next(at: created)
            ids.append(id)
            let name = username(number)
            let displayName = "\(firstNames[number % firstNames.count]) \(lastNames[(number / firstNames.count) % lastNames.count])"
            let role = number == 1 ? Role.admin : Role.member
            try await insert.add([
                id, name, name, displayName, "\(name)@bench.example", hash, role.rawValue, "",
                "Sachbearbeitung", departments[number % departments.count], String?.none, 0, created, created, created,
            ], on: database)
        }
        try await insert.flush(on: database)
        return ids
    }

    /// Personal API tokens for the given members, one each, for load generators. One transaction, so thousands
    /// of tokens take one commit, not one each.
    package static func createTokens(for memberIDs: [Int64], on database: any Database) async throws -> [String] {
        try await database.writeTransaction { transaction in
            var tokens: [String] = []
            for memberID in memberIDs {
                tokens.append(try await TokenService(database: transaction).create(for: memberID, name: "Benchmark").token)
            }
            return tokens
        }
    }

    /// Member ids in username order (`mitglied00001` first).
    package static func memberIDs(on database: any Database) async throws -> [Int64] {
        try await User.query(on: database).filter(\.$username >= "mitglied").filter(\.$username < "mitgliee")
            .sort(\.$username).all(\.$id).compactMap { $0 }
    }
}
