import Foundation
import TreffpunktApp
import TreffpunktCore
import Vapor
import VaporTesting

/// Runs a test against the whole application on its own fresh, migrated database.
/// Bcrypt runs at its lowest cost here: tests check behaviour, not hashing speed.
/// At most a few run at once (`TestAppSlots`); a test whose body starts a second application
/// itself (the PostgreSQL relay's) does so inside its one slot.
package func withTestApp<T>(
    configure adjust: (inout AppConfig) -> Void = { _ in },
    _ test: (Application) async throws -> T
) async throws -> T {
    await TestAppSlots.shared.take()
    do {
        let result = try await runTestApp(configure: adjust, test)
        await TestAppSlots.shared.give()
        return result
    } catch {
        await TestAppSlots.shared.give()
        throw error
    }
}

private func runTestApp<T>(
    configure adjust: (inout AppConfig) -> Void,
    _ test: (Application) async throws -> T
) async throws -> T {
    let database = try await TestDatabase.make()
    var config = AppConfig(dataDirectory: database.dataDirectory, database: database.location, bcryptCost: 4)
    adjust(&config)
    let app = try await Application.make(.testing)
    app.logger.logLevel = .warning
    let result: T
    do {
        try await TreffpunktApp.configure(app, config: config)
        try await app.autoMigrate()
        result = try await test(app)
    } catch {
        try? await app.asyncShutdown()
        await database.remove()
        throw error
    }
    try await app.asyncShutdown()
    await database.remove()
    return result
}
