import Accounts
import Plot
import Social
import TreffpunktCore

/// Everyone in a space, admins first; admins can change roles and remove people.
enum SpaceMembersPage {
    struct Model {
        var standing: SpaceStanding
        var members: [(member: MemberSummary, role: SpaceRole)]
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let space = model.standing.space
        let title = "\(context.t(SpacesText.members)) · \(space.name)"
        let manages = model.standing.isAdmin && space.projectID == nil
        return Layout.page(title, context: context, content: .div(
            .h1(.a(.safeHref(SpaceURL.space(slug: space.slug).path), .text(space.name))),
            .h2(.text(context.t(SpacesText.memberCount(model.members.count)))),
            .if(space.projectID != nil, .p(.class("muted"), .text(context.t(SpacesText.projectMembersManaged)))),
            .ul(.class("people-list"), .forEach(model.members) { entry in
                .li(
                    .class("person card"),
                    MemberAvatar.render(entry.member, small: true),
                    .div(
                        .a(.safeHref(SiteURL.profile(username: entry.member.username).path), .text(entry.member.displayName)),
                        .if(entry.role == .admin, .span(.class("badge space-badge"), .text(context.t(SpacesText.admin)))),
                        .p(.class("muted"), .text([entry.member.position, entry.member.department].filter { !$0.isEmpty }
                            .joined(separator: " · ")))
                    ),
                    .if(manages && entry.member.id != context.viewer?.id, .div(
                        .class("space-member-actions"),
                        SpaceActionButton.render(.role(slug: space.slug, username: entry.member.username),
                                                 label: entry.role == .admin ? SpacesText.makeMember : SpacesText.makeAdmin,
                                                 context: context,
                                                 field: ("role", entry.role == .admin ? SpaceRole.member.rawValue : SpaceRole.admin.rawValue)),
                        SpaceActionButton.render(.remove(slug: space.slug, username: entry.member.username),
                                                 label: SpacesText.remove, style: "danger", context: context)
                    ))
                )
            })
        ))
    }
}
