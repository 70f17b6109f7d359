import FluentPostgresDriver
import Foundation
import SQLKit
import TreffpunktApp
import TreffpunktCore
import Vapor

/// A real, freshly migrated database for one test: a SQLite file in a temporary folder, or, when
/// `TEST_DATABASE_URL` names a PostgreSQL server (as `make test-postgres` does), a fresh database on it.
/// The migrations run once per test run, into a template that each test copies (SQLite: the file;
/// PostgreSQL: `CREATE DATABASE … TEMPLATE`), as SwiftPackageIndex-Server does: running ~100 migrations
/// for each of several hundred tests made the suite slow and, on a busy machine, PostgreSQL's pool time out.
package struct TestDatabase: Sendable {
    package let location: AppConfig.DatabaseLocation
    package let dataDirectory: String
    private let postgresName: String?

    package static var postgresServerURL: String? {
        ProcessInfo.processInfo.environment["TEST_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    package static func make() async throws -> TestDatabase {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("treffpunkt-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let template = try await MigratedTemplate.shared.location()
        guard let serverURL = postgresServerURL else {
            let path = folder.appendingPathComponent("test.sqlite").path
            guard case .sqlite(let templatePath) = template else { preconditionFailure("a SQLite run has a SQLite template") }
            try FileManager.default.copyItem(atPath: templatePath, toPath: path)
            return TestDatabase(location: .sqlite(path: path), dataDirectory: folder.path, postgresName: nil)
        }
        guard case .postgres(let templateURL) = template, let templateName = URLComponents(string: templateURL)?.path.dropFirst() else {
            preconditionFailure("a PostgreSQL run has a PostgreSQL template")
        }
        let name = Self.uniqueName("treffpunkt_test")
        try await PostgresAdmin(serverURL: serverURL).run("CREATE DATABASE \(name) TEMPLATE \(templateName)")
        return TestDatabase(location: .postgres(url: try databaseURL(name, on: serverURL)), dataDirectory: folder.path, postgresName: name)
    }

    fileprivate static func uniqueName(_ prefix: String) -> String {
        "\(prefix)_\(UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased())"
    }

    /// Removes the database after the test; the application must have shut down first.
    package func remove() async {
        try? FileManager.default.removeItem(atPath: dataDirectory)
        if let postgresName, let serverURL = Self.postgresServerURL {
            try? await PostgresAdmin(serverURL: serverURL).run("DROP DATABASE IF EXISTS \(postgresName) WITH (FORCE)")
        }
    }
}

private func databaseURL(_ name: String, on serverURL: String) throws -> String {
    var components = URLComponents(string: serverURL)
    components?.path = "/\(name)"
    guard let url = components?.string else { throw Abort(.internalServerError, reason: "bad TEST_DATABASE_URL") }
    return url
}

/// The migrated database every test of this run starts from, made on first use.
private actor MigratedTemplate {
    static let shared = MigratedTemplate()
    private var made: Task<AppConfig.DatabaseLocation, any Error>?

    func location() async throws -> AppConfig.DatabaseLocation {
        if let made { return try await made.value }
        let task = Task { try await Self.make() }
        made = task
        return try await task.value
    }

    private static func make() async throws -> AppConfig.DatabaseLocation {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("treffpunkt-template-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let location: AppConfig.DatabaseLocation
        if let serverURL = TestDatabase.postgresServerURL {
            let name = TestDatabase.uniqueName("treffpunkt_template")
            try await PostgresAdmin(serverURL: serverURL).run("CREATE DATABASE \(name)")
            location = .postgres(url: try databaseURL(name, on: serverURL))
        } else {
            location = .sqlite(path: folder.appendingPathComponent("template.sqlite").path)
        }
        let app = try await Application.make(.testing)
        app.logger.logLevel = .warning
        do {
            try await TreffpunktApp.configure(app, config: AppConfig(dataDirectory: folder.path, database: location, bcryptCost: 4))
            try await app.autoMigrate()
            if case .sqlite = location {
                // The copies take the main file only: everything written must be in it, not in the log.
                try await app.db.sql.raw("PRAGMA wal_checkpoint(TRUNCATE)").run()
            }
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
        return location
    }
}

/// Runs administrative statements (create and drop databases) on the test PostgreSQL server.
private struct PostgresAdmin {
    let serverURL: String

    func run(_ statement: String) async throws {
        let configuration = try SQLPostgresConfiguration(url: serverURL).coreConfiguration
        let logger = Logger(label: "test-database")
        let connection = try await PostgresConnection.connect(
            on: MultiThreadedEventLoopGroup.singleton.next(), configuration: configuration, id: 0, logger: logger
        )
        do {
            try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
        } catch {
            try? await connection.close()
            throw error
        }
        try await connection.close()
    }
}
