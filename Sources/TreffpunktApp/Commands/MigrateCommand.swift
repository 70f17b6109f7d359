import Fluent
import Vapor

/// `treffpunkt migrate`: applies pending migrations without asking, for scripts and deployments.
struct MigrateCommand: AsyncCommand {
    struct Signature: CommandSignature {}

    var help: String { "Applies all pending database migrations." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let pending = try await context.application.migrator.previewPrepareBatch().get()
        try await context.application.autoMigrate()
        context.console.print(pending.isEmpty ? "No new migrations." : "Applied \(pending.count) migration(s).")
    }
}
