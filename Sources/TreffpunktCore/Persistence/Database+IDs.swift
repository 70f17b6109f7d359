import Fluent
import SQLKit

extension Database {
    /// The ids a query selects as its column `id`. Hot lookups (a member's friends on every page)
    /// read plain integers this way: building a Fluent model per row costs more than the query.
    package func ids(_ query: SQLQueryString) async throws -> [Int64] {
        try await sql.raw(query).all().map { try $0.decode(column: "id", as: Int64.self) }
    }
}
