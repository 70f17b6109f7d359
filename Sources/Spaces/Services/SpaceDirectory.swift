import Fluent
import Social
import SQLKit
import TreffpunktCore

/// How a reader stands to a space they may know of.
struct SpaceStanding: Sendable {
    let space: Space
    let role: SpaceRole?
    let isInvited: Bool
    let hasRequested: Bool
    let memberCount: Int

    var isMember: Bool { role != nil }
    var isAdmin: Bool { role == .admin }
}

/// Finding spaces as a reader may know of them: a secret space exists only for its members and the
/// people invited to it; for everyone else its address is "not found".
struct SpaceDirectory {
    let database: any Database

    static let listLimit = 100

    func standing(slug: String, of viewerID: Int64) async throws -> SpaceStanding {
        guard let space = try await Space.query(on: database).filter(\.$slug == slug.lowercased()).first() else {
            throw UserFacingError.notFound(SpacesText.notFound)
        }
        let spaceID = space.requireID()
        let service = SpaceService(database: database)
        let members = SpaceMembers(database: database)
        let role = try await members.role(of: viewerID, in: spaceID)
        let invited = try await service.invitation(of: viewerID, to: spaceID) != nil
        if space.access == .secret, role == nil, !invited {
            throw UserFacingError.notFound(SpacesText.notFound)
        }
        return SpaceStanding(space: space, role: role, isInvited: invited,
                             hasRequested: try await service.pendingRequest(of: viewerID, to: spaceID) != nil,
                             memberCount: try await members.counts(of: [spaceID])[spaceID, default: 0])
    }

    /// The spaces the reader may know of, by name, optionally those whose name or description holds `query`.
    func list(for viewerID: Int64, matching query: String? = nil, limit: Int = SpaceDirectory.listLimit) async throws -> [SpaceStanding] {
        var condition: SQLQueryString = """
            (s.access <> \(bind: SpaceAccess.secret.rawValue)
              OR s.id IN (SELECT space_id FROM space_members WHERE member_id = \(bind: viewerID))
              OR s.id IN (SELECT space_id FROM space_invitations WHERE member_id = \(bind: viewerID)))
            """
        if let query = query?.trimmingCharacters(in: .whitespacesAndNewlines), !query.isEmpty {
            let pattern = try LikePattern.containing(query)
            condition += " AND (s.name_key LIKE \(bind: pattern) ESCAPE '\\' OR LOWER(s.description) LIKE \(bind: pattern) ESCAPE '\\')"
        }
        let spaces = try await database.sql.raw("""
            SELECT s.* FROM spaces s WHERE \(condition) ORDER BY s.name_key LIMIT \(literal: limit)
            """).all(decodingFluent: Space.self)
        let ids = spaces.map { $0.requireID() }
        guard !ids.isEmpty else { return [] }
        let members = SpaceMembers(database: database)
        let counts = try await members.counts(of: ids)
        let roles = try await members.spaces(of: viewerID)
        let invited = Set(try await SpaceInvitation.query(on: database).filter(\.$memberID == viewerID).filter(\.$spaceID ~~ ids)
            .all(\.$spaceID))
        let requested = Set(try await SpaceJoinRequest.query(on: database).filter(\.$memberID == viewerID).filter(\.$spaceID ~~ ids)
            .all(\.$spaceID))
        return spaces.map { space in
            let id = space.requireID()
            return SpaceStanding(space: space, role: roles[id], isInvited: invited.contains(id), hasRequested: requested.contains(id),
                                 memberCount: counts[id, default: 0])
        }
    }

    /// Who asked to join, oldest request first.
    func pendingRequests(of spaceID: Int64) async throws -> [SpaceJoinRequest] {
        try await SpaceJoinRequest.query(on: database).filter(\.$spaceID == spaceID).sort(\.$id).all()
    }
}
