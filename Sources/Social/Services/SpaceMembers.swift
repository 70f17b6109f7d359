import Fluent
import SQLKit
import TreffpunktCore

/// Who belongs to which space, and as what. The Spaces feature decides who may join; this is where
/// it records the outcome, so the visibility policy sees it at once.
package struct SpaceMembers: Sendable {
    let database: any Database

    package init(database: any Database) {
        self.database = database
    }

    package func role(of memberID: Int64, in spaceID: Int64) async throws -> SpaceRole? {
        try await SpaceMember.query(on: database).filter(\.$spaceID == spaceID).filter(\.$memberID == memberID).first()?.role
    }

    /// Adds the member, or changes their role when they already belong.
    package func add(_ memberID: Int64, to spaceID: Int64, as role: SpaceRole) async throws {
        if let existing = try await SpaceMember.query(on: database)
            .filter(\.$spaceID == spaceID).filter(\.$memberID == memberID).first() {
            guard existing.role != role else { return }
            existing.role = role
            try await existing.update(on: database)
        } else {
            try await SpaceMember(spaceID: spaceID, memberID: memberID, role: role).create(on: database)
        }
    }

    package func remove(_ memberID: Int64, from spaceID: Int64) async throws {
        try await SpaceMember.query(on: database).filter(\.$spaceID == spaceID).filter(\.$memberID == memberID).delete()
    }

    /// Makes the space's members exactly these (a project's team), admins among them.
    package func replace(in spaceID: Int64, with memberIDs: Set<Int64>, admins adminIDs: Set<Int64>) async throws {
        let current = try await SpaceMember.query(on: database).filter(\.$spaceID == spaceID).all()
        for member in current where !memberIDs.contains(member.memberID) {
            try await member.delete(on: database)
        }
        for memberID in memberIDs.sorted() {
            try await add(memberID, to: spaceID, as: adminIDs.contains(memberID) ? .admin : .member)
        }
    }

    /// Everyone in the space with their role, admins first, then in the order they joined.
    package func members(of spaceID: Int64) async throws -> [(memberID: Int64, role: SpaceRole)] {
        try await SpaceMember.query(on: database).filter(\.$spaceID == spaceID)
            .sort(\.$role).sort(\.$id).all()
            .map { ($0.memberID, $0.role) }
    }

    /// Of these people, the ones in the space: one lookup of just them, however big the space.
    package func belonging(_ memberIDs: some Collection<Int64>, to spaceID: Int64) async throws -> Set<Int64> {
        guard !memberIDs.isEmpty else { return [] }
        return Set(try await SpaceMember.query(on: database).filter(\.$spaceID == spaceID).filter(\.$memberID ~~ Array(memberIDs))
            .all(\.$memberID))
    }

    /// How many members each space has, in one query.
    package func counts(of spaceIDs: [Int64]) async throws -> [Int64: Int] {
        guard !spaceIDs.isEmpty else { return [:] }
        let ids: [any Encodable & Sendable] = spaceIDs
        let rows = try await database.sql.raw("""
            SELECT space_id, COUNT(*) AS members FROM space_members WHERE space_id IN (\(binds: ids)) GROUP BY space_id
            """).all()
        return try Dictionary(uniqueKeysWithValues: rows.map {
            (try $0.decode(column: "space_id", as: Int64.self), try $0.decode(column: "members", as: Int.self))
        })
    }

    /// The spaces the member belongs to, with their role.
    package func spaces(of memberID: Int64) async throws -> [Int64: SpaceRole] {
        let rows = try await SpaceMember.query(on: database).filter(\.$memberID == memberID).all()
        return Dictionary(rows.map { ($0.spaceID, $0.role) }, uniquingKeysWith: { first, _ in first })
    }
}
