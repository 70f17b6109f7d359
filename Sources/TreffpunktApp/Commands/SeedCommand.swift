import Accounts
import Fluent
import TreffpunktCore
import Vapor

/// `treffpunkt seed --demo`: fills the database with the demo company, idempotently.
struct SeedCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Flag(name: "demo", help: "Create the demo company Musterfirma GmbH with its people.")
        var demo: Bool

        @Flag(name: "if-empty", help: "Do nothing when the database already has members (first start).")
        var ifEmpty: Bool
    }

    var help: String { "Loads demo data." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard signature.demo else {
            context.console.error("Nothing to seed: pass --demo.")
            throw ExitCode(2)
        }
        let app = context.application
        try await app.autoMigrate()
        if signature.ifEmpty, try await AccountsAdministration.memberCount(on: app.db) > 0 {
            context.console.print("The database already has members; demo data not loaded.")
            return
        }
        let created = try await DemoData.load(into: app)
        context.console.print("Demo data: \(created) people created (login e.g. anna.schmidt / \(AccountsDemoData.password)).")
    }
}

struct ExitCode: Error {
    let code: Int32
    init(_ code: Int32) { self.code = code }
}
