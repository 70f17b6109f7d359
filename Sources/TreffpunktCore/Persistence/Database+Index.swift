import Fluent
import SQLKit

extension Database {
    /// The SQL interface of the database; both supported drivers (SQLite and PostgreSQL) offer it.
    package var sql: any SQLDatabase {
        guard let sql = self as? any SQLDatabase else {
            preconditionFailure("Treffpunkt runs on SQL databases only")
        }
        return sql
    }

    /// Creates an index; Fluent's schema builder has none. Every query a page runs gets one.
    package func createIndex(_ name: String, on table: String, columns: [String], unique: Bool = false) async throws {
        var builder = sql.create(index: name).on(table)
        if unique { builder = builder.unique() }
        for column in columns {
            builder = builder.column(column)
        }
        try await builder.run()
    }
}
