import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import Vapor

extension Application {
    /// Connects Fluent to the database the configuration names: a SQLite file (created with its folder) or PostgreSQL.
    package func useDatabase(_ location: AppConfig.DatabaseLocation) throws {
        switch location {
        case .sqlite(let path):
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            databases.use(.sqlite(.file(path), sqlLogLevel: nil), as: .sqlite)
        case .postgres(let url):
            var configuration = try SQLPostgresConfiguration(url: url)
            configuration.searchPath = nil
            databases.use(.postgres(configuration: configuration), as: .psql)
        }
    }

    /// SQLite runs in write-ahead-log mode so readers never wait for the single writer.
    package func tuneDatabase() async throws {
        guard db.sql.dialect.name == "sqlite" else { return }
        let sql = db.sql
        try await sql.raw("PRAGMA journal_mode=WAL").run()
    }
}
