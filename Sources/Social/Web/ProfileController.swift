import Accounts
import Fluent
import TreffpunktCore
import Vapor

/// Profiles with their Pinnwand, and the relationship buttons on them.
struct ProfileController {
    func boot(_ web: any RoutesBuilder) {
        web.get(SiteURL.profile(username: "").route, use: profile)
        web.post(SiteURL.relationship(username: "").route, use: changeRelationship)
        web.get(SiteURL.profileFeed(username: "").route, use: feed)
        web.get(SiteURL.profileMedia(username: "").route, use: gallery)
    }

    /// `/@username/media`: the photos and videos of the member's posts that the reader may see.
    @Sendable func gallery(req: Request) async throws -> Response {
        let member = try await member(req)
        let maxID = try req.pageRequest().maxID
        let items = try await GalleryService(database: req.db).media(of: member.id, for: try await req.audienceViewer(), before: maxID)
        let olderURL = items.count == GalleryService.pageSize
            ? items.last.map { "\(SiteURL.profileMedia(username: member.username).path)?max_id=\($0.medium.requireID())" } : nil
        let model = GalleryPage.Model(member: member, items: items, olderURL: olderURL)
        return GalleryPage.render(model, context: try await req.pageContext()).response()
    }

    /// `/@username/feed.rss`: the public posts a logged-out visitor sees, whoever asks.
    @Sendable func feed(req: Request) async throws -> Response {
        let member = try await member(req)
        let posts = try await FeedService(database: req.db).profile(of: member.id, for: .visitor, page: PageRequest(), includeWall: false)
        let presented = try await PostPresenter(database: req.db, viewer: .visitor).present(posts)
        let rss = ProfileFeed.render(member: member, posts: presented, publicURL: req.config.publicURL, language: req.language)
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "application", subType: "rss+xml", parameters: ["charset": "utf-8"])
        return Response(status: .ok, headers: headers, body: .init(string: rss.render()))
    }

    /// `/@username`. Visitors see name, about-me and public posts.
    @Sendable func profile(req: Request) async throws -> Response {
        let member = try await member(req)
        // A company page is shown as a page, with its blocks, reviews and team.
        if member.isPage { return req.redirect(to: SiteURL.companyPage(slug: member.username).path, redirectType: .normal) }
        let viewer = try await req.audienceViewer()
        let page = try req.pageRequest()
        let posts = try await FeedService(database: req.db).profile(of: member.id, for: viewer, page: page)
        let relations = Relations(database: req.db)
        var relationship: Relationship?
        var composer: Composer.Model?
        if let viewerID = viewer.id {
            let current = try await relations.relationships(of: viewerID, to: [member.id])[member.id] ?? Relationship()
            relationship = current
            if current.isSelf || current.isFriend {
                let visibility = try await relations.preferences(of: viewerID).defaultVisibility
                composer = Composer.Model(visibility: visibility, wallOwnerID: current.isSelf ? nil : member.id,
                                          label: current.isSelf ? SocialText.composeLabel : SocialText.writeOnWall(member.displayName),
                                          returnTo: SiteURL.profile(username: member.username).path)
            }
        }
        let olderURL = posts.count == page.limit ? posts.last.map { "\(SiteURL.profile(username: member.username).path)?max_id=\($0.requireID())" } : nil
        let model = ProfilePage.Model(
            member: member, showsWorkDetails: WorkDetailsPolicy.isVisible(toEmployee: viewer.isEmployee),
            // Unit, manager and skills come from the org chart: the company's inside.
            details: viewer.isEmployee ? try await req.profileDetails(of: member.id) : [],
            actions: try await req.profileActions(on: member.id, username: member.username), relationship: relationship,
            acceptsFollowers: try await relations.acceptsFollowers([member.id]).contains(member.id),
            composer: composer, posts: try await req.present(posts), olderURL: olderURL,
            watchesLive: viewer.id != nil && page.maxID == nil
        )
        return ProfilePage.render(model, context: try await req.pageContext()).response()
    }

    private struct RelationshipForm: Content {
        var action: String?
        var return_to: String?
    }

    @Sendable func changeRelationship(req: Request) async throws -> Response {
        let viewer = try req.requireViewer()
        let member = try await member(req)
        let form = try req.content.decode(RelationshipForm.self)
        let service = RelationshipService(database: req.db)
        let message: LocalizedText
        switch form.action {
        case "befriend":
            let outcome = try await service.requestFriendship(from: viewer.id, to: member.id)
            message = outcome == .alreadyFriends ? SocialText.requestAccepted : SocialText.requestSent
        case "accept":
            try await service.acceptRequest(of: member.id, by: viewer.id)
            message = SocialText.requestAccepted
        case "decline":
            try await service.declineRequest(of: member.id, by: viewer.id)
            message = SocialText.requestDeclined
        case "cancel":
            try await service.cancelRequest(from: viewer.id, to: member.id)
            message = SocialText.requestCancelled
        case "unfriend":
            try await service.unfriend(viewer.id, member.id)
            message = SocialText.unfriended
        case "follow":
            message = try await service.follow(viewer.id, member.id) == .following ? SocialText.followed : SocialText.requestSent
        case "unfollow":
            try await service.unfollow(viewer.id, member.id)
            message = SocialText.unfollowed
        case "block":
            try await service.block(viewer.id, member.id)
            message = SocialText.blocked
        case "unblock":
            try await service.unblock(viewer.id, member.id)
            message = SocialText.unblocked
        case "mute":
            try await service.mute(viewer.id, member.id)
            message = SocialText.muted
        case "unmute":
            try await service.unmute(viewer.id, member.id)
            message = SocialText.unmuted
        default:
            throw UserFacingError(.badRequest, SocialText.unknownAction)
        }
        req.flash(.success, message)
        return req.redirect(to: SafeRedirect.localPath(form.return_to) ?? SiteURL.profile(username: member.username).path,
                            redirectType: .normal)
    }

    private func member(_ req: Request) async throws -> MemberSummary {
        guard let handle = req.parameters.get("handle"), handle.hasPrefix("@"),
              let member = try await MemberLookup(database: req.db).member(handle: String(handle.dropFirst())) else {
            throw UserFacingError.notFound(SocialText.memberNotFound)
        }
        return member
    }
}
