import Accounts
import Fluent
import Foundation
import Social
import TreffpunktCore

/// Creating spaces and everything about belonging to one: joining, asking, approving, inviting,
/// leaving. Each action checks first and then writes in one transaction.
struct SpaceService {
    let database: any Database

    func create(_ draft: SpaceDraft, by creatorID: Int64) async throws -> SpaceCreation {
        var (access, errors) = draft.check()
        let name = draft.name.trimmingCharacters(in: .whitespacesAndNewlines)
        if errors["name"] == nil, try await Space.query(on: database).filter(\.$nameKey == name.lowercased()).first() != nil {
            errors.add("name", SpacesText.nameTaken)
        }
        guard errors.isEmpty, let access else { return .rejected(errors) }
        let space = Space(slug: try await freeSlug(for: name), name: name,
                          description: draft.description.trimmingCharacters(in: .whitespacesAndNewlines),
                          access: access, createdBy: creatorID)
        try await database.writeTransaction { db in
            try await space.create(on: db)
            try await SpaceMembers(database: db).add(creatorID, to: space.requireID(), as: .admin)
        }
        return .created(space)
    }

    /// The slug made from the name, with a number added while another space has it.
    func freeSlug(for name: String) async throws -> String {
        let base = Slug.make(from: name)
        var slug = base
        var number = 2
        while try await Space.query(on: database).filter(\.$slug == slug).first() != nil {
            slug = "\(base)-\(number)"
            number += 1
        }
        return slug
    }

    /// Joins an open space, or a secret or closed one the member was invited to.
    func join(_ space: Space, by memberID: Int64) async throws {
        let spaceID = space.requireID()
        try await checkNotMember(memberID, of: spaceID)
        try await checkJoinable(space)
        let invitation = try await invitation(of: memberID, to: spaceID)
        guard space.access == .open || invitation != nil else {
            throw UserFacingError(.forbidden, space.access == .closed ? SpacesText.joinNeedsRequest : SpacesText.noInvitation)
        }
        try await database.writeTransaction { db in
            try await SpaceMembers(database: db).add(memberID, to: spaceID, as: .member)
            try await invitation?.delete(on: db)
            try await SpaceJoinRequest.query(on: db).filter(\.$spaceID == spaceID).filter(\.$memberID == memberID).delete()
        }
    }

    /// Asks the admins of a closed space to let the member in.
    func requestToJoin(_ space: Space, by memberID: Int64, message: String) async throws {
        let spaceID = space.requireID()
        try await checkNotMember(memberID, of: spaceID)
        try await checkJoinable(space)
        guard space.access == .closed else { throw UserFacingError(.unprocessableEntity, SpacesText.notOpenForRequests) }
        let text = message.trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.count <= 500 else { throw UserFacingError(.unprocessableEntity, SpacesText.messageTooLong) }
        guard try await pendingRequest(of: memberID, to: spaceID) == nil else {
            throw UserFacingError(.conflict, SpacesText.alreadyRequested)
        }
        do {
            try await database.writeTransaction { db in
                try await SpaceJoinRequest(spaceID: spaceID, memberID: memberID, message: text).create(on: db)
                let admins = try await SpaceMembers(database: db).members(of: spaceID).filter { $0.role == .admin }.map(\.memberID)
                try await SpaceNotifications(database: db).notify(admins, of: .joinRequested, by: memberID, space: spaceID)
            }
        } catch where error.isUniqueViolation {
            // Two clicks at once: the unique index lets one request through.
            throw UserFacingError(.conflict, SpacesText.alreadyRequested)
        }
    }

    /// An admin lets a member in who asked.
    func approve(_ requesterID: Int64, in space: Space, by adminID: Int64) async throws {
        let spaceID = space.requireID()
        try await checkAdmin(adminID, of: spaceID)
        guard let request = try await pendingRequest(of: requesterID, to: spaceID) else {
            throw UserFacingError.notFound(SpacesText.noSuchRequest)
        }
        try await database.writeTransaction { db in
            try await SpaceMembers(database: db).add(requesterID, to: spaceID, as: .member)
            try await request.delete(on: db)
            try await SpaceNotifications(database: db).notify([requesterID], of: .approved, by: adminID, space: spaceID)
        }
    }

    func decline(_ requesterID: Int64, in space: Space, by adminID: Int64) async throws {
        let spaceID = space.requireID()
        try await checkAdmin(adminID, of: spaceID)
        guard let request = try await pendingRequest(of: requesterID, to: spaceID) else {
            throw UserFacingError.notFound(SpacesText.noSuchRequest)
        }
        try await database.writeTransaction { db in try await request.delete(on: db) }
    }

    /// An admin invites a member by username.
    func invite(_ username: String, to space: Space, by adminID: Int64) async throws {
        let spaceID = space.requireID()
        try await checkAdmin(adminID, of: spaceID)
        try await checkJoinable(space)
        let handle = username.trimmingCharacters(in: .whitespacesAndNewlines).trimmingCharacters(in: CharacterSet(charactersIn: "@"))
        guard let member = try await MemberLookup(database: database).member(handle: handle) else {
            throw UserFacingError(.unprocessableEntity, SpacesText.unknownMember)
        }
        guard !member.isPage else { throw UserFacingError(.unprocessableEntity, SpacesText.pagesCannotJoin) }
        guard try await SpaceMembers(database: database).role(of: member.id, in: spaceID) == nil else {
            throw UserFacingError(.conflict, SpacesText.personAlreadyMember)
        }
        guard try await invitation(of: member.id, to: spaceID) == nil else {
            throw UserFacingError(.conflict, SpacesText.alreadyInvited)
        }
        try await database.writeTransaction { db in
            try await SpaceInvitation(spaceID: spaceID, memberID: member.id, invitedBy: adminID).create(on: db)
            try await SpaceNotifications(database: db).notify([member.id], of: .invited, by: adminID, space: spaceID)
        }
    }

    func declineInvitation(to space: Space, by memberID: Int64) async throws {
        guard let invitation = try await invitation(of: memberID, to: space.requireID()) else {
            throw UserFacingError.notFound(SpacesText.noInvitation)
        }
        try await database.writeTransaction { db in try await invitation.delete(on: db) }
    }

    /// Leaves the space; its last admin stays until someone else is admin.
    func leave(_ space: Space, by memberID: Int64) async throws {
        try await checkJoinable(space)
        try await removeFromSpace(memberID, space: space)
    }

    /// An admin takes someone out of the space.
    func remove(_ memberID: Int64, from space: Space, by adminID: Int64) async throws {
        try await checkAdmin(adminID, of: space.requireID())
        try await checkJoinable(space)
        try await removeFromSpace(memberID, space: space)
    }

    /// An admin makes a member admin, or an admin a plain member again.
    func setRole(_ role: SpaceRole, of memberID: Int64, in space: Space, by adminID: Int64) async throws {
        let spaceID = space.requireID()
        try await checkAdmin(adminID, of: spaceID)
        try await checkJoinable(space)
        let members = SpaceMembers(database: database)
        guard let current = try await members.role(of: memberID, in: spaceID) else {
            throw UserFacingError.notFound(SpacesText.notAMember)
        }
        if current == .admin, role == .member, try await adminCount(of: spaceID) == 1 {
            throw UserFacingError(.unprocessableEntity, SpacesText.lastAdmin)
        }
        try await database.writeTransaction { db in try await SpaceMembers(database: db).add(memberID, to: spaceID, as: role) }
    }

    // MARK: - Rules

    private func removeFromSpace(_ memberID: Int64, space: Space) async throws {
        let spaceID = space.requireID()
        let members = SpaceMembers(database: database)
        guard let role = try await members.role(of: memberID, in: spaceID) else {
            throw UserFacingError.notFound(SpacesText.notAMember)
        }
        if role == .admin, try await adminCount(of: spaceID) == 1, try await members.counts(of: [spaceID])[spaceID, default: 0] > 1 {
            throw UserFacingError(.unprocessableEntity, SpacesText.lastAdmin)
        }
        try await database.writeTransaction { db in try await SpaceMembers(database: db).remove(memberID, from: spaceID) }
    }

    private func adminCount(of spaceID: Int64) async throws -> Int {
        try await SpaceMembers(database: database).members(of: spaceID).filter { $0.role == .admin }.count
    }

    /// A project space's members are the project team: they come and go with the project.
    private func checkJoinable(_ space: Space) async throws {
        if space.projectID != nil { throw UserFacingError(.unprocessableEntity, SpacesText.projectTeamManaged) }
    }

    private func checkNotMember(_ memberID: Int64, of spaceID: Int64) async throws {
        if try await SpaceMembers(database: database).role(of: memberID, in: spaceID) != nil {
            throw UserFacingError(.conflict, SpacesText.alreadyMember)
        }
    }

    func checkAdmin(_ memberID: Int64, of spaceID: Int64) async throws {
        guard try await SpaceMembers(database: database).role(of: memberID, in: spaceID) == .admin else {
            throw UserFacingError(.forbidden, SpacesText.adminsOnly)
        }
    }

    func pendingRequest(of memberID: Int64, to spaceID: Int64) async throws -> SpaceJoinRequest? {
        try await SpaceJoinRequest.query(on: database).filter(\.$spaceID == spaceID).filter(\.$memberID == memberID).first()
    }

    func invitation(of memberID: Int64, to spaceID: Int64) async throws -> SpaceInvitation? {
        try await SpaceInvitation.query(on: database).filter(\.$spaceID == spaceID).filter(\.$memberID == memberID).first()
    }
}
