import FluentPostgresDriver
import Foundation
import TreffpunktCore
import Vapor

/// A real, empty database for one test: a SQLite file in a temporary folder, or, when
/// `TEST_DATABASE_URL` names a PostgreSQL server (as `make test-postgres` does), a fresh database on it.
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
        guard let serverURL = postgresServerURL else {
            return TestDatabase(location: .sqlite(path: folder.appendingPathComponent("test.sqlite").path),
                                dataDirectory: folder.path, postgresName: nil)
        }
        let name = "treffpunkt_test_\(UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased())"
        try await PostgresAdmin(serverURL: serverURL).run("CREATE DATABASE \(name)")
        var components = URLComponents(string: serverURL)
        components?.path = "/\(name)"
        guard let url = components?.string else { throw Abort(.internalServerError, reason: "bad TEST_DATABASE_URL") }
        return TestDatabase(location: .postgres(url: url), dataDirectory: folder.path, postgresName: name)
    }

    /// Removes the database after the test; the application must have shut down first.
    package func remove() async {
        try? FileManager.default.removeItem(atPath: dataDirectory)
        if let postgresName, let serverURL = Self.postgresServerURL {
            try? await PostgresAdmin(serverURL: serverURL).run("DROP DATABASE IF EXISTS \(postgresName) WITH (FORCE)")
        }
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
