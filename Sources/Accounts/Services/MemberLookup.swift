import Foundation
import Fluent
import SQLKit
import TreffpunktCore

/// The Accounts feature's service API for other features: find members by id, handle or name,
/// always in batches so a page of posts costs one query for all its authors.
package struct MemberLookup {
    let database: any Database

    package init(database: any Database) {
        self.database = database
    }

    /// Every page asks this for its authors, so it reads plain columns: a Fluent model per row costs more than the query.
    package func members(ids: some Collection<Int64>) async throws -> [Int64: MemberSummary] {
        guard !ids.isEmpty else { return [:] }
        let unique: [any Encodable & Sendable] = Array(Set(ids))
        let rows = try await database.sql.raw("""
            SELECT id, username, display_name, bio, position, department, role, created_at, avatar_media_id, header_media_id, kind
            FROM users WHERE id IN (\(binds: unique))
            """).all()
        var members: [Int64: MemberSummary] = [:]
        for row in rows {
            let member = try MemberSummary(
                id: row.decode(column: "id", as: Int64.self), username: row.decode(column: "username", as: String.self),
                displayName: row.decode(column: "display_name", as: String.self), bio: row.decode(column: "bio", as: String.self),
                position: row.decode(column: "position", as: String.self), department: row.decode(column: "department", as: String.self),
                role: row.decode(column: "role", as: Role.self), createdAt: row.decode(column: "created_at", as: Date?.self),
                avatarMediaID: row.decode(column: "avatar_media_id", as: Int64?.self),
                headerMediaID: row.decode(column: "header_media_id", as: Int64?.self),
                kind: row.decode(column: "kind", as: AccountKind.self))
            members[member.id] = member
        }
        return members
    }

    package func member(id: Int64) async throws -> MemberSummary? {
        try await User.find(id, on: database).map(MemberSummary.init)
    }

    /// `anna.schmidt`, `@anna.schmidt` or `@anna.schmidt@host`, in any letter case.
    package func member(handle: String) async throws -> MemberSummary? {
        var name = handle
        if name.hasPrefix("@") { name.removeFirst() }
        let local = name.split(separator: "@").first.map(String.init) ?? name
        return try await AccountQueries.user(usernameKey: local.lowercased(), on: database).map(MemberSummary.init)
    }

    /// Members by username, keyed by the lower-cased username; unknown names are simply absent.
    package func members(usernames: some Collection<String>) async throws -> [String: MemberSummary] {
        let keys = Array(Set(usernames.map { $0.lowercased() }))
        guard !keys.isEmpty else { return [:] }
        let users = try await User.query(on: database).filter(\.$usernameKey ~~ keys).all()
        return Dictionary(uniqueKeysWithValues: users.map { ($0.usernameKey, MemberSummary($0)) })
    }

    /// People whose name, username, position or department contains the text, best matches first.
    package func search(_ text: String, limit: Int) async throws -> [MemberSummary] {
        let needle = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard !needle.isEmpty, let sql = database as? any SQLDatabase else { return [] }
        let pattern = try LikePattern.containing(needle)
        let rows = try await sql.raw("""
            SELECT id FROM users
            WHERE username_key LIKE \(bind: pattern) ESCAPE '\\' OR lower(display_name) LIKE \(bind: pattern) ESCAPE '\\'
               OR lower(position) LIKE \(bind: pattern) ESCAPE '\\' OR lower(department) LIKE \(bind: pattern) ESCAPE '\\'
            ORDER BY CASE WHEN username_key = \(bind: needle) THEN 0 WHEN lower(display_name) LIKE \(bind: needle + "%") THEN 1 ELSE 2 END, display_name, id
            LIMIT \(literal: limit)
            """).all()
        let ids = try rows.map { try $0.decode(column: "id", as: Int64.self) }
        let found = try await members(ids: ids)
        return ids.compactMap { found[$0] }
    }
}
