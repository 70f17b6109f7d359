import Accounts
import Vapor

/// `treffpunkt create-admin`: creates an administrator, or appoints an existing member.
struct CreateAdminCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "username", help: "Username of the administrator (an existing member is promoted).")
        var username: String?

        @Option(name: "email", help: "E-mail address for a new administrator.")
        var email: String?

        @Option(name: "display-name", help: "Display name; defaults to the username.")
        var displayName: String?

        @Option(name: "password", help: "Password for a new administrator; asked for when omitted (or read from ADMIN_PASSWORD).")
        var password: String?
    }

    var help: String { "Creates an administrator account." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        guard let username = signature.username, !username.isEmpty else {
            context.console.error("Please give --username.")
            throw ExitCode(2)
        }
        let password = signature.password
            ?? Environment.get("ADMIN_PASSWORD")
            ?? (signature.email == nil ? "" : context.console.ask("Password (at least 10 characters):", isSecure: true))
        let outcome = try await AccountsAdministration.createAdmin(
            username: username, displayName: signature.displayName, email: signature.email ?? "",
            password: password, on: app
        )
        switch outcome {
        case .created:
            context.console.success("Administrator \(username) created.")
        case .promoted:
            context.console.success("\(username) is now an administrator.")
        case .invalid(let problems):
            context.console.error("Cannot create the administrator: \(problems)")
            throw ExitCode(1)
        }
    }
}
