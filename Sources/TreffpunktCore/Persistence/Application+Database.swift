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

    /// SQLite runs in write-ahead-log mode so readers never wait for the single writer. The other
    /// settings live per connection: each event loop's pool holds exactly one connection, kept for
    /// the life of the process, so setting them once on every loop's connection covers them all.
    /// `synchronous=NORMAL` is the usual choice with a write-ahead log (a commit syncs at checkpoints,
    /// the file never corrupts); memory-mapped reads and a larger page cache spare a read call per page.
    /// Each connection maps the file on its own and every mapped page it touched counts towards the
    /// process's memory: 128 MB each keeps the server under 512 MB on the million-post data set.
    package func tuneDatabase() async throws {
        guard db.sql.dialect.name == "sqlite" else { return }
        try await db.sql.raw("PRAGMA journal_mode=WAL").run()
        for eventLoop in eventLoopGroup.makeIterator() {
            guard let connection = databases.database(logger: logger, on: eventLoop) else { continue }
            for pragma in ["synchronous=NORMAL", "mmap_size=134217728", "cache_size=-32000", "temp_store=MEMORY", "busy_timeout=5000"] {
                try await connection.sql.raw("PRAGMA \(unsafeRaw: pragma)").run()
            }
        }
    }
}
