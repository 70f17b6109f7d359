import Foundation
import TreffpunktApp
import TreffpunktCore
import Vapor
import VaporTesting

/// Runs a test against the whole application on its own fresh, migrated database.
/// Bcrypt runs at its lowest cost here: tests check behaviour, not hashing speed.
package func withTestApp<T>(
    configure adjust: (inout AppConfig) -> Void = { _ in },
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
