import TreffpunktCore

/// What the reader may do on one company page, decided by their role there in one place. Instance
/// administrators create pages and may always set their roles, so no page is left without an owner.
struct PagePermissions: Sendable, Equatable {
    /// The reader's role on the page; `nil` for everyone outside its team.
    let role: PageRole?
    let isLoggedIn: Bool
    let isAdmin: Bool

    static let visitor = PagePermissions(role: nil, isLoggedIn: false, isAdmin: false)

    var isTeam: Bool { role != nil }
    var mayManageRoles: Bool { role == .owner || isAdmin }
    /// Building blocks, the about section and the imprint.
    var mayEditContent: Bool { role?.writesAsPage ?? false }
    var mayPublish: Bool { role?.writesAsPage ?? false }
    var mayReplyToReviews: Bool { role?.moderatesPage ?? false }
    var mayViewStatistics: Bool { role == .owner || role == .analyst }
    /// Any member outside the page's own team; a team does not rate itself.
    var mayReview: Bool { isLoggedIn && role == nil }
    /// The management page gathers what editors and owners change.
    var mayManage: Bool { mayEditContent || mayManageRoles }

    /// Throws 403 unless `allowed`.
    static func require(_ allowed: Bool) throws {
        guard allowed else { throw UserFacingError(.forbidden, PagesText.notAllowed) }
    }
}
