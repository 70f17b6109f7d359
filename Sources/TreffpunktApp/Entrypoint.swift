import Blogs
import Fluent
import Mail
import Media
import Realtime
import Social
import TreffpunktCore
import Vapor

/// Starts the `treffpunkt` executable: reads the configuration, wires the app and runs the
/// subcommand (`serve` by default). `serve` migrates first unless `--no-migrate` or `AUTO_MIGRATE=false`.
package enum Entrypoint {
    package static func main() async -> Int32 {
        do {
            var environment = try Environment.detect()
            let skipMigration = environment.arguments.contains("--no-migrate")
            environment.arguments.removeAll { $0 == "--no-migrate" }
            try LoggingSystem.bootstrap(from: &environment)

            let config = try AppConfig.fromEnvironment()
            let app = try await Application.make(environment)
            do {
                try await configure(app, config: config)
                let command = environment.arguments.dropFirst().first { !$0.hasPrefix("-") } ?? "serve"
                if command == "serve" {
                    if config.autoMigrate && !skipMigration { try await app.autoMigrate() }
                    try await DemoPasswordGuard.enforce(environment: environment, app: app)
                    try await AdministratorSetupAddress.announce(app)
                    // Videos the last run left in processing continue; other commands leave them alone.
                    try await app.mediaJobs.resumePending()
                    BlogsFeature.startScheduler(on: app)
                    MailFeature.startDelivery(on: app)
                    SocialFeature.startNotificationMail(on: app)
                    // With PostgreSQL, live events reach the clients of every server process.
                    await RealtimeFeature.startRelay(on: app)
                }
                try await app.execute()
                try await app.asyncShutdown()
                return 0
            } catch {
                try? await app.asyncShutdown()
                throw error
            }
        } catch let exit as ExitCode {
            return exit.code
        } catch {
            FileHandle.standardError.write(Data("treffpunkt: \(error)\n".utf8))
            return 1
        }
    }
}
