import Accounts
import Fluent
import Social
import TreffpunktCore
import Vapor

/// The spaces in the browser: the list, a new space, a space's page with its feed, and membership.
struct SpacesController {
    func boot(_ web: any RoutesBuilder) {
        web.get(SiteURL.spaces.route, use: list)
        web.post(SiteURL.spaces.route, use: create)
        web.get(SiteURL.spaceByID(0).route, use: showByID)
        web.get(SpaceURL.space(slug: "").route, use: show)
        web.get(SpaceURL.members(slug: "").route, use: members)
        web.post(SpaceURL.join(slug: "").route, use: join)
        web.post(SpaceURL.request(slug: "").route, use: requestToJoin)
        web.post(SpaceURL.leave(slug: "").route, use: leave)
        web.post(SpaceURL.declineInvitation(slug: "").route, use: declineInvitation)
        web.post(SpaceURL.approve(slug: "", username: "").route, use: approve)
        web.post(SpaceURL.decline(slug: "", username: "").route, use: decline)
        web.post(SpaceURL.invite(slug: "").route, use: invite)
        web.post(SpaceURL.remove(slug: "", username: "").route, use: remove)
        web.post(SpaceURL.role(slug: "", username: "").route, use: changeRole)
    }

    private struct CreateForm: Content {
        var name: String?
        var description: String?
        var access: String?
    }

    @Sendable func list(req: Request) async throws -> Response {
        let viewer = try req.requireViewer()
        let query = req.query[String.self, at: "q"] ?? ""
        let spaces = try await SpaceDirectory(database: req.db).list(for: viewer.id, matching: query)
        return SpacesPage.render(SpacesPage.Model(spaces: spaces, query: query), context: try await req.pageContext()).response()
    }

    @Sendable func create(req: Request) async throws -> Response {
        let viewer = try req.requireViewer()
        let form = try req.content.decode(CreateForm.self)
        let draft = SpaceDraft(name: form.name ?? "", description: form.description ?? "", access: form.access ?? "")
        switch try await SpaceService(database: req.db).create(draft, by: viewer.id) {
        case .created(let space):
            req.flash(.success, SpacesText.created)
            return req.redirect(to: SpaceURL.space(slug: space.slug).path, redirectType: .normal)
        case .rejected(let errors):
            let spaces = try await SpaceDirectory(database: req.db).list(for: viewer.id)
            let model = SpacesPage.Model(spaces: spaces, query: "", draft: draft, errors: errors)
            return SpacesPage.render(model, context: try await req.pageContext()).response(status: .unprocessableEntity)
        }
    }

    @Sendable func show(req: Request) async throws -> Response {
        let viewer = try req.requireViewer()
        let standing = try await standing(req, of: viewer)
        return try await renderSpace(req, standing: standing)
    }

    /// A post's link to its space; a space the reader may not know of is not found.
    @Sendable func showByID(req: Request) async throws -> Response {
        let viewer = try req.requireViewer()
        guard let id = req.parameters.get("id", as: Int64.self), let space = try await Space.find(id, on: req.db) else {
            throw UserFacingError.notFound(SpacesText.notFound)
        }
        let standing = try await SpaceDirectory(database: req.db).standing(slug: space.slug, of: viewer.id)
        return req.redirect(to: SpaceURL.space(slug: standing.space.slug).path, redirectType: .normal)
    }

    private func renderSpace(_ req: Request, standing: SpaceStanding, inviteName: String = "",
                             inviteError: UserFacingError? = nil) async throws -> Response {
        let context = try await req.pageContext()
        let space = standing.space
        var model = SpacePage.Model(standing: standing, inviteError: inviteError?.message, inviteName: inviteName,
                                    sections: req.application.spaceSections)
        if standing.isMember {
            model.feed = try await req.spaceFeed(space.requireID(), path: SpaceURL.space(slug: space.slug).path, context: context)
        }
        if standing.isAdmin {
            let requests = try await SpaceDirectory(database: req.db).pendingRequests(of: space.requireID())
            let people = try await MemberLookup(database: req.db).members(ids: requests.map(\.memberID))
            model.requests = requests.compactMap { request in
                people[request.memberID].map { SpacePage.Request(member: $0, message: request.message) }
            }
        }
        return SpacePage.render(model, context: context).response(status: inviteError?.status ?? .ok)
    }

    @Sendable func members(req: Request) async throws -> Response {
        let viewer = try req.requireViewer()
        let standing = try await standing(req, of: viewer)
        let entries = try await SpaceMembers(database: req.db).members(of: standing.space.requireID())
        let people = try await MemberLookup(database: req.db).members(ids: entries.map(\.memberID))
        let model = SpaceMembersPage.Model(standing: standing,
                                           members: entries.compactMap { entry in people[entry.memberID].map { ($0, entry.role) } })
        return SpaceMembersPage.render(model, context: try await req.pageContext()).response()
    }

    @Sendable func join(req: Request) async throws -> Response {
        try await act(req, done: SpacesText.joined) { service, standing, viewer in
            try await service.join(standing.space, by: viewer.id)
        }
    }

    private struct RequestForm: Content {
        var message: String?
    }

    @Sendable func requestToJoin(req: Request) async throws -> Response {
        let message = try req.content.decode(RequestForm.self).message ?? ""
        return try await act(req, done: SpacesText.requested) { service, standing, viewer in
            try await service.requestToJoin(standing.space, by: viewer.id, message: message)
        }
    }

    @Sendable func leave(req: Request) async throws -> Response {
        let viewer = try req.requireViewer()
        let standing = try await standing(req, of: viewer)
        try await SpaceService(database: req.db).leave(standing.space, by: viewer.id)
        req.flash(.success, SpacesText.left)
        return req.redirect(to: SiteURL.spaces.path, redirectType: .normal)
    }

    @Sendable func declineInvitation(req: Request) async throws -> Response {
        let viewer = try req.requireViewer()
        let standing = try await standing(req, of: viewer)
        try await SpaceService(database: req.db).declineInvitation(to: standing.space, by: viewer.id)
        req.flash(.success, SpacesText.invitationDeclined)
        return req.redirect(to: SiteURL.spaces.path, redirectType: .normal)
    }

    @Sendable func approve(req: Request) async throws -> Response {
        let member = try await namedMember(req)
        return try await act(req, done: SpacesText.approved) { service, standing, viewer in
            try await service.approve(member.id, in: standing.space, by: viewer.id)
        }
    }

    @Sendable func decline(req: Request) async throws -> Response {
        let member = try await namedMember(req)
        return try await act(req, done: SpacesText.declined) { service, standing, viewer in
            try await service.decline(member.id, in: standing.space, by: viewer.id)
        }
    }

    private struct InviteForm: Content {
        var username: String?
    }

    /// A name that cannot be invited shows the space again with the reason beside the field.
    @Sendable func invite(req: Request) async throws -> Response {
        let viewer = try req.requireViewer()
        let standing = try await standing(req, of: viewer)
        let name = try req.content.decode(InviteForm.self).username ?? ""
        do {
            try await SpaceService(database: req.db).invite(name, to: standing.space, by: viewer.id)
        } catch let error as UserFacingError where error.status == .unprocessableEntity || error.status == .conflict {
            return try await renderSpace(req, standing: standing, inviteName: name, inviteError: error)
        }
        req.flash(.success, SpacesText.invited)
        return req.redirect(to: SpaceURL.space(slug: standing.space.slug).path, redirectType: .normal)
    }

    @Sendable func remove(req: Request) async throws -> Response {
        let member = try await namedMember(req)
        return try await act(req, done: SpacesText.removed, returnTo: { .members(slug: $0) }) { service, standing, viewer in
            try await service.remove(member.id, from: standing.space, by: viewer.id)
        }
    }

    private struct RoleForm: Content {
        var role: String?
    }

    @Sendable func changeRole(req: Request) async throws -> Response {
        let member = try await namedMember(req)
        guard let role = try req.content.decode(RoleForm.self).role.flatMap(SpaceRole.init(rawValue:)) else {
            throw UserFacingError(.unprocessableEntity, SpacesText.notAMember)
        }
        return try await act(req, done: SpacesText.roleChanged, returnTo: { .members(slug: $0) }) { service, standing, viewer in
            try await service.setRole(role, of: member.id, in: standing.space, by: viewer.id)
        }
    }

    // MARK: - Helpers

    /// The space of the address as the reader stands to it; a secret space of others is not found.
    private func standing(_ req: Request, of viewer: Viewer) async throws -> SpaceStanding {
        try await SpaceDirectory(database: req.db).standing(slug: req.parameters.get("slug") ?? "", of: viewer.id)
    }

    private func namedMember(_ req: Request) async throws -> MemberSummary {
        guard let member = try await MemberLookup(database: req.db).member(handle: req.parameters.get("username") ?? "") else {
            throw UserFacingError.notFound(SpacesText.unknownMember)
        }
        return member
    }

    /// Runs a membership action for the signed-in reader and returns to the space with a message.
    private func act(_ req: Request, done: LocalizedText, returnTo: (String) -> SpaceURL = { .space(slug: $0) },
                     _ action: (SpaceService, SpaceStanding, Viewer) async throws -> Void) async throws -> Response {
        let viewer = try req.requireViewer()
        let standing = try await standing(req, of: viewer)
        try await action(SpaceService(database: req.db), standing, viewer)
        req.flash(.success, done)
        return req.redirect(to: returnTo(standing.space.slug).path, redirectType: .normal)
    }
}
