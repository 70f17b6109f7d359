import Fluent
import Foundation
import SQLKit
import TreffpunktCore

/// The numbers the instance and NodeInfo answers publish. Three counting queries.
struct InstanceFigures: Sendable {
    let members: Int
    let posts: Int
    /// Members who wrote a post in the last 30 days.
    let activeMembers: Int

    static func load(on database: any Database, now: Date = Date()) async throws -> InstanceFigures {
        let sql = database.sql
        func count(_ query: SQLQueryString) async throws -> Int {
            try await sql.raw(query).first()?.decode(column: "n", as: Int.self) ?? 0
        }
        let monthAgo = SnowflakeID.lowerBound(for: now.addingTimeInterval(-30 * 24 * 3600))
        // The Accounts feature offers no count yet; counting its table is the one read across the wall.
        async let members = count("SELECT COUNT(*) AS n FROM users")
        async let posts = count("SELECT COUNT(*) AS n FROM posts WHERE root_id IS NULL AND reblog_of_id IS NULL")
        async let active = count("SELECT COUNT(DISTINCT author_id) AS n FROM posts WHERE id >= \(bind: monthAgo)")
        return InstanceFigures(members: try await members, posts: try await posts, activeMembers: try await active)
    }
}
