import Fluent
import SQLKit

/// Writes many rows with few statements: multi-row INSERTs of `rowsPerStatement` rows, grouped in
/// transactions. For generated data sets (benchmarks), where one INSERT per row would take hours.
package struct BulkInsert {
    package let table: String
    package let columns: [String]
    /// Rows that break a unique index are skipped instead of failing the batch.
    package var ignoresConflicts = false
    package var rowsPerStatement = 400
    package var statementsPerTransaction = 50

    private var pending: [[any Encodable & Sendable]] = []
    package private(set) var written = 0

    package init(table: String, columns: [String], ignoresConflicts: Bool = false) {
        self.table = table
        self.columns = columns
        self.ignoresConflicts = ignoresConflicts
    }

    package mutating func add(_ row: [any Encodable & Sendable], on database: any Database) async throws {
        precondition(row.count == columns.count, "a row needs one value per column of \(table)")
        pending.append(row)
        if pending.count >= rowsPerStatement * statementsPerTransaction {
            try await flush(on: database)
        }
    }

    package mutating func flush(on database: any Database) async throws {
        guard !pending.isEmpty else { return }
        let rows = pending
        pending.removeAll(keepingCapacity: true)
        let (table, columns, ignoresConflicts, size) = (table, columns, ignoresConflicts, rowsPerStatement)
        try await database.transaction { transaction in
            for start in stride(from: 0, to: rows.count, by: size) {
                var insert = transaction.sql.insert(into: table).columns(columns)
                for row in rows[start..<min(start + size, rows.count)] {
                    insert = insert.values(row)
                }
                if ignoresConflicts { insert = insert.ignoringConflicts() }
                try await insert.run()
            }
        }
        written += rows.count
    }
}
