import Accounts
import Plot
import TreffpunktCore

/// A space's home: who it is for, how to get in, the admins' tasks, and — for members — its feed.
enum SpacePage {
    struct Request {
        let member: MemberSummary
        let message: String
    }

    struct Model {
        var standing: SpaceStanding
        /// The composer and posts; only members get them.
        var feed: Node<HTML.BodyContext>?
        var requests: [Request] = []
        var inviteError: LocalizedText?
        var inviteName = ""
        /// The space's blog, forum, wiki …: shown to members, who may read them.
        var sections: [SpaceSection] = []
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let space = model.standing.space
        return Layout.page(space.name, context: context, content: .div(
            .class("space-page"),
            header(model.standing, sections: model.sections, context: context),
            .if(model.standing.isAdmin && space.projectID == nil, adminPanel(model, context: context)),
            model.feed ?? .p(.class("muted"), .text(context.t(SpacesText.readAfterJoining)))
        ))
    }

    private static func header(_ standing: SpaceStanding, sections: [SpaceSection], context: PageContext) -> Node<HTML.BodyContext> {
        let space = standing.space
        let slug = space.slug
        return .header(
            .class("card space-header"),
            .h1(.text(space.name)),
            .p(
                .span(.class("badge space-badge"), .text(context.t(space.access.badge))),
                .if(space.projectID != nil, .span(.class("badge space-badge"), .text(context.t(SpacesText.projectSpace)))),
                .text(" "),
                .a(.safeHref(SpaceURL.members(slug: slug).path), .text(context.t(SpacesText.memberCount(standing.memberCount))))
            ),
            .if(!space.spaceDescription.isEmpty, .p(.text(space.spaceDescription))),
            .if(standing.isMember && !sections.isEmpty, .nav(
                .class("space-sections"), .safeAriaLabel(context.t(SpacesText.sectionsLabel)),
                .forEach(sections) { section in .a(.class("button"), .safeHref(section.path(space.slug)), .text(context.t(section.label))) }
            )),
            .div(.class("space-actions"), actions(standing, context: context))
        )
    }

    private static func actions(_ standing: SpaceStanding, context: PageContext) -> Node<HTML.BodyContext> {
        let space = standing.space
        let slug = space.slug
        if space.projectID != nil {
            return .p(.class("muted"), .text(context.t(SpacesText.projectMembersManaged)))
        }
        if standing.isMember {
            return SpaceActionButton.render(.leave(slug: slug), label: SpacesText.leave, context: context)
        }
        if standing.isInvited {
            return .group(
                .p(.text(context.t(SpacesText.invitedNotice))),
                SpaceActionButton.render(.join(slug: slug), label: SpacesText.accept, style: "primary", context: context),
                SpaceActionButton.render(.declineInvitation(slug: slug), label: SpacesText.decline, context: context)
            )
        }
        switch space.access {
        case .open:
            return SpaceActionButton.render(.join(slug: slug), label: SpacesText.join, style: "primary", context: context)
        case .closed where standing.hasRequested:
            return .p(.class("badge"), .text(context.t(SpacesText.requestPending)))
        case .closed:
            return .form(
                .method(.post), .safeAction(SpaceURL.request(slug: slug).path),
                Layout.csrfField(context.csrfToken),
                FormField.textArea("message", label: context.t(SpacesText.requestMessageLabel), rows: 2, maxLength: 500),
                .button(.type(.submit), .class("primary"), .text(context.t(SpacesText.requestToJoin)))
            )
        case .secret:
            return .empty
        }
    }

    private static func adminPanel(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        let slug = model.standing.space.slug
        return .section(
            .class("card space-admin"),
            .if(!model.requests.isEmpty, .div(
                .h2(.text(context.t(SpacesText.pendingRequests))),
                .ul(.class("space-requests"), .forEach(model.requests) { request in
                    .li(
                        MemberAvatar.render(request.member, small: true),
                        .a(.safeHref(SiteURL.profile(username: request.member.username).path), .text(request.member.displayName)),
                        .if(!request.message.isEmpty, .blockquote(.text(request.message))),
                        SpaceActionButton.render(.approve(slug: slug, username: request.member.username), label: SpacesText.approve,
                                                 style: "primary", context: context),
                        SpaceActionButton.render(.decline(slug: slug, username: request.member.username), label: SpacesText.decline,
                                                 context: context)
                    )
                })
            )),
            .h2(.text(context.t(SpacesText.inviteTitle))),
            .form(
                .method(.post), .safeAction(SpaceURL.invite(slug: slug).path),
                Layout.csrfField(context.csrfToken),
                FormField.input("username", label: context.t(SpacesText.inviteLabel), value: model.inviteName,
                                error: model.inviteError.map { context.t($0) }),
                .button(.type(.submit), .text(context.t(SpacesText.inviteButton)))
            )
        )
    }
}
