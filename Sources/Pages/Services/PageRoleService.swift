import Accounts
import Fluent
import TreffpunktCore

/// The page's team: owners grant and revoke roles; a page always keeps at least one owner.
struct PageRoleService {
    let database: any Database

    struct TeamMember: Sendable {
        let member: MemberSummary
        let role: PageRole
    }

    /// The team with their roles, owners first, then by name.
    func team(of pageID: Int64) async throws -> [TeamMember] {
        let memberships = try await PageMembership.query(on: database).filter(\.$pageID == pageID).all()
        let members = try await MemberLookup(database: database).members(ids: memberships.map(\.memberID))
        let order = Dictionary(uniqueKeysWithValues: PageRole.allCases.enumerated().map { ($1, $0) })
        return memberships.compactMap { membership in members[membership.memberID].map { TeamMember(member: $0, role: membership.role) } }
            .sorted { ($0.role == $1.role) ? $0.member.displayName < $1.member.displayName : order[$0.role]! < order[$1.role]! }
    }

    /// Gives a member a role on the page, or changes the one they have.
    func grant(_ roleName: String, to username: String, on page: LoadedPage) async throws -> FormErrors {
        try PagePermissions.require(page.permissions.mayManageRoles)
        var errors = FormErrors()
        let role = PageRole(rawValue: roleName)
        if role == nil { errors.add("role", PagesText.roleUnknown) }
        let name = username.trimmingCharacters(in: .whitespacesAndNewlines)
        let member = name.isEmpty ? nil : try await MemberLookup(database: database).member(handle: name)
        if name.isEmpty {
            errors.add("member", PagesText.required)
        } else if let member, member.isPage {
            errors.add("member", PagesText.pageCannotHoldRole)
        } else if member == nil {
            errors.add("member", PagesText.unknownMember)
        }
        guard errors.isEmpty, let role, let member else { return errors }
        let pageID = page.id
        try await database.writeTransaction { db in
            if let existing = try await PageMembership.query(on: db).filter(\.$pageID == pageID).filter(\.$memberID == member.id).first() {
                if existing.role == .owner, role != .owner { try await Self.keepAnOwner(pageID, on: db) }
                existing.role = role
                try await existing.save(on: db)
            } else {
                try await PageMembership(pageID: pageID, memberID: member.id, role: role).create(on: db)
            }
        }
        return errors
    }

    func revoke(_ memberID: Int64, on page: LoadedPage) async throws {
        try PagePermissions.require(page.permissions.mayManageRoles)
        let pageID = page.id
        try await database.writeTransaction { db in
            guard let existing = try await PageMembership.query(on: db).filter(\.$pageID == pageID).filter(\.$memberID == memberID).first() else {
                throw UserFacingError.notFound(PagesText.notInTeam)
            }
            if existing.role == .owner { try await Self.keepAnOwner(pageID, on: db) }
            try await existing.delete(on: db)
        }
    }

    /// Refuses to take away the last owner.
    private static func keepAnOwner(_ pageID: Int64, on db: any Database) async throws {
        let owners = try await PageMembership.query(on: db).filter(\.$pageID == pageID).filter(\.$role == .owner).count()
        if owners <= 1 { throw UserFacingError(.unprocessableEntity, PagesText.lastOwner) }
    }
}
