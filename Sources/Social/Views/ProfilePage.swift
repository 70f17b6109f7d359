import Accounts
import Foundation
import Media
import Plot
import TreffpunktCore

/// A member's profile at `/@username`: who they are, how the reader stands to them, their
/// Pinnwand with a form for friends, and their posts.
enum ProfilePage {
    struct Model {
        var member: MemberSummary
        /// Visitors see name and about-me only; position and department are for members.
        var showsWorkDetails: Bool
        /// Lines other features add for members (unit, manager, skills); empty for visitors.
        var details: [ProfileDetail] = []
        /// Buttons other features add for a signed-in reader ("Nachricht senden").
        var actions: [ProfileAction] = []
        var relationship: Relationship?
        var acceptsFollowers: Bool
        var composer: Composer.Model?
        var posts: [PresentedPost]
        var olderURL: String?
        /// The newest posts are shown to a member: feed.js adds the member's new ones live.
        var watchesLive = false
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let member = model.member
        let role = model.showsWorkDetails ? [member.position, member.department].filter { !$0.isEmpty }.joined(separator: " · ") : ""
        return Layout.page(member.displayName, context: context, content: .div(
            .article(
                .class("profile card"),
                .unwrap(member.headerMediaID) { .img(.class("profile-banner"), .safeSrc(MediaLinks.path($0, .large)), .alt("")) },
                .header(
                    .class("profile-header"),
                    MemberAvatar.render(member),
                    .div(
                        .h1(.text(member.displayName)),
                        .p(.class("handle"), .text("@\(member.username)")),
                        .if(!role.isEmpty, .p(.class("role"), .text(role))),
                        .if(member.role == .admin, .p(.class("badge"), .text(context.t(SocialText.administrator))))
                    )
                ),
                .section(
                    .h2(.text(context.t(SocialText.bio))),
                    member.bio.isEmpty
                        ? .p(.class("muted"), .text(context.t(SocialText.noBio)))
                        : .div(.class("bio"), .forEach(member.bio.split(separator: "\n", omittingEmptySubsequences: false)) { .p(.text(String($0))) })
                ),
                details(model.details, context: context),
                .p(.a(.safeHref(SiteURL.profileFeed(username: member.username).path), .attribute(named: "type", value: "application/rss+xml"),
                      .text("RSS"))),
                .unwrap(member.createdAt) { date in
                    .p(.class("muted"), .text("\(context.t(SocialText.memberSince)) \(DateText.day(date, in: context.language))"))
                },
                .unwrap(model.relationship) { relationship in
                    RelationshipButtons.render(username: member.username, relationship: relationship,
                                               acceptsFollowers: model.acceptsFollowers, context: context)
                },
                actions(model.actions, context: context)
            ),
            ProfileTabs.render(username: member.username, current: .posts, context: context),
            .section(
                .class("profile-posts"),
                .h2(.text(context.t(SocialText.postsAndWall))),
                .unwrap(model.composer) { Composer.render($0, context: context) },
                .if(model.watchesLive, .div(
                    .id("live-posts"), .attribute(named: "hidden"),
                    .safeAttribute(named: "data-account-id", value: String(member.id)),
                    .safeAttribute(named: "data-card-url", value: LiveCardsController.cardTemplate)
                )),
                PostList.render(model.posts, context: context),
                .unwrap(model.olderURL) { .p(.a(.class("button"), .safeHref($0), .text(context.t(SocialText.olderPosts)))) }
            ),
            .if(model.watchesLive, .script(.src("/js/feed.js"), .attribute(named: "defer")))
        ))
    }

    private static func actions(_ actions: [ProfileAction], context: PageContext) -> Node<HTML.BodyContext> {
        .forEach(actions) { action in
            .form(
                .class("inline-form profile-action"), .method(.post), .safeAction(action.path),
                Layout.csrfField(context.csrfToken),
                .button(.type(.submit), .text(context.t(action.label)))
            )
        }
    }

    /// What other features add (unit, manager, skills), each part a link where it has one.
    private static func details(_ details: [ProfileDetail], context: PageContext) -> Node<HTML.BodyContext> {
        guard !details.isEmpty else { return .empty }
        return .dl(.class("profile-details"), .forEach(details) { detail in
            .group(
                .dt(.text(context.t(detail.label))),
                .dd(.forEach(Array(detail.parts.enumerated())) { index, part in
                    .group(
                        .if(index > 0, .text(", ")),
                        part.path.map { .a(.safeHref($0), .text(part.text)) } ?? .text(part.text)
                    )
                })
            )
        })
    }
}
