import Fluent
import SQLKit
import TreffpunktCore

extension MemberLookup {
    /// What the filtered directory (Organisation feature) asks of the people it lists. The organisation
    /// narrows by unit, site and skill from its own tables into `restrictedTo`; name and position are
    /// columns of the account, so they are matched here.
    package struct DirectoryFilter: Sendable, Equatable {
        /// Part of the name or username.
        package var name = ""
        /// Part of the job title.
        package var position = ""
        /// Only these people; `nil` for everyone.
        package var restrictedTo: Set<Int64>?

        package init(name: String = "", position: String = "", restrictedTo: Set<Int64>? = nil) {
            self.name = name
            self.position = position
            self.restrictedTo = restrictedTo
        }
    }

    package struct DirectoryPage: Sendable {
        package var members: [MemberSummary]
        package var nextCursor: String?
    }

    /// People (never company pages) that match the filter, by name, a page at a time. Keyset-paged like
    /// the plain directory and with its cursors: the index on (kind, display_name, id) is walked in order.
    package func directory(_ filter: DirectoryFilter, after cursor: String?, limit: Int = 30) async throws -> DirectoryPage {
        if let ids = filter.restrictedTo, ids.isEmpty { return DirectoryPage(members: [], nextCursor: nil) }
        var query: SQLQueryString = "SELECT id, display_name FROM users WHERE kind = \(bind: AccountKind.person.rawValue)"
        if let ids = filter.restrictedTo {
            let binds: [any Encodable & Sendable] = Array(ids)
            query += " AND id IN (\(binds: binds))"
        }
        let name = filter.name.trimmingCharacters(in: .whitespaces)
        if !name.isEmpty {
            let pattern = try LikePattern.containing(name)
            query += " AND (username_key LIKE \(bind: pattern) ESCAPE '\\' OR lower(display_name) LIKE \(bind: pattern) ESCAPE '\\')"
        }
        let position = filter.position.trimmingCharacters(in: .whitespaces)
        if !position.isEmpty {
            query += " AND lower(position) LIKE \(bind: try LikePattern.containing(position)) ESCAPE '\\'"
        }
        if let (lastName, lastID) = cursor.flatMap(MemberDirectory.decode) {
            query += " AND (display_name > \(bind: lastName) OR (display_name = \(bind: lastName) AND id > \(bind: lastID)))"
        }
        query += " ORDER BY display_name, id LIMIT \(literal: limit + 1)"
        let ids = try await database.ids(query)
        let found = try await members(ids: ids.prefix(limit))
        let shown = ids.prefix(limit).compactMap { found[$0] }
        let next = ids.count > limit ? shown.last.map { MemberDirectory.encode(name: $0.displayName, id: $0.id) } : nil
        return DirectoryPage(members: shown, nextCursor: next)
    }
}
