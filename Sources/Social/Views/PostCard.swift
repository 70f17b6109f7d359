import Accounts
import Plot
import TreffpunktCore

/// One post as a card: who wrote it (and on whose Pinnwand), when, for whom, the text, what it
/// shares or quotes, the counts, and the actions the reader may take.
enum PostCard {
    static func render(_ item: PresentedPost, context: PageContext, showActions: Bool = true) -> Node<HTML.BodyContext> {
        let content = item.content
        return .article(
            .class("post card"), .safeID("post-\(item.id)"),
            .safeAttribute(named: "data-post-id", value: String(item.id)),
            .unwrap(item.shared) { _ in
                .p(.class("post-shared-by muted"), .text("🔁 " + context.t(SocialText.sharedBy(item.author.displayName))))
            },
            header(content, context: context),
            .div(.class("post-text"), PostBody.render(content.post, context: context)),
            PostMediaView.render(content.media, context: context),
            .unwrap(content.quoted) { quoted in
                .blockquote(.class("post-quote"), header(quoted, context: context), .div(.class("post-text"), PostBody.render(quoted.post, context: context)),
                            PostMediaView.render(quoted.media, context: context))
            },
            counts(content, context: context),
            .if(showActions && context.viewer != nil, actions(item, context: context))
        )
    }

    static func header(_ item: PresentedPost, context: PageContext) -> Node<HTML.BodyContext> {
        .header(
            .class("post-header"),
            MemberAvatar.render(item.author, small: true),
            .div(
                .a(.class("post-author"), .safeHref(SiteURL.profile(username: item.author.username).path), .text(item.author.displayName)),
                .unwrap(item.wallOwner) { owner in
                    .span(.class("post-wall muted"), .text(" → " + context.t(SocialText.onWallOf(owner.displayName))))
                },
                .p(
                    .class("post-meta muted"),
                    .a(.safeHref(SiteURL.post(id: item.id).path), .time(
                        .safeAttribute(named: "datetime", value: MastodonDate.string(item.post.createdAt ?? .now)),
                        .text(DateText.dayAndTime(item.post.createdAt ?? .now, in: context.language))
                    )),
                    .text(" · "),
                    visibilityLabel(item.post, context: context),
                    .if(item.post.editedAt != nil, .group(
                        .text(" · "),
                        .a(.safeHref(SiteURL.postHistory(id: item.id).path), .text(context.t(SocialText.edited)))
                    ))
                )
            )
        )
    }

    private static func counts(_ item: PresentedPost, context: PageContext) -> Node<HTML.BodyContext> {
        let reactions = ReactionKind.allCases.compactMap { kind in item.reactionCounts[kind].map { "\(kind.emoji) \($0)" } }
        return .p(
            .class("post-counts muted"),
            .a(.safeHref(SiteURL.post(id: item.id).path + "#comments"), .text(context.t(SocialText.commentsCount(item.post.repliesCount)))),
            .text(" · " + context.t(SocialText.sharesCount(item.post.reblogsCount))),
            .if(!reactions.isEmpty, .span(
                .class("reaction-summary"),
                .safeAriaLabel(context.t(SocialText.reactionsCount(item.post.reactionsCount))),
                .text(" · " + reactions.joined(separator: " "))
            ))
        )
    }

    private static func actions(_ item: PresentedPost, context: PageContext) -> Node<HTML.BodyContext> {
        let content = item.content
        let returnTo = context.currentPath
        return .div(
            .class("post-actions"),
            .form(
                .class("inline-form reactions"), .method(.post), .safeAction(SiteURL.postReact(id: content.id).path),
                Layout.csrfField(context.csrfToken),
                .input(.type(.hidden), .name("return_to"), .safeValue(returnTo)),
                .forEach(ReactionKind.allCases) { kind in
                    .button(
                        .type(.submit), .name("kind"), .safeValue(kind.rawValue),
                        .safeClass(content.viewerReaction == kind ? "reaction chosen" : "reaction"),
                        .safeAttribute(named: "aria-pressed", value: content.viewerReaction == kind ? "true" : "false"),
                        .safeTitle(context.t(kind.label)),
                        .span(.ariaHidden(true), .text(kind.emoji)), .span(.class("visually-hidden"), .text(context.t(kind.label)))
                    )
                },
                .if(content.viewerReaction != nil,
                    .button(.type(.submit), .name("kind"), .value("none"), .class("link-button"), .text(context.t(SocialText.removeReaction))))
            ),
            .a(.class("button"), .safeHref(SiteURL.post(id: content.id).path + "#comment-form"), .text(context.t(SocialText.comment))),
            .if(content.post.visibility.isShareable && content.post.rootID == nil, .form(
                .class("inline-form"), .method(.post), .safeAction(SiteURL.postShare(id: content.id).path),
                Layout.csrfField(context.csrfToken),
                .input(.type(.hidden), .name("return_to"), .safeValue(returnTo)),
                .input(.type(.hidden), .name("undo"), .safeValue(content.viewerShared ? "1" : "")),
                .button(.type(.submit), .text(context.t(content.viewerShared ? SocialText.unshare : SocialText.share)))
            )),
            .if(item.viewerMayEdit, .a(.class("button"), .safeHref(SiteURL.postEdit(id: item.id).path), .text(context.t(SocialText.edit)))),
            .if(item.viewerMayDelete, .form(
                .class("inline-form"), .method(.post), .safeAction(SiteURL.postDelete(id: item.id).path),
                Layout.csrfField(context.csrfToken),
                .input(.type(.hidden), .name("return_to"), .safeValue(returnTo)),
                .button(.type(.submit), .class("danger"),
                        .text(context.t(item.post.authorID == context.viewer?.id ? SocialText.delete : SocialText.remove)))
            ))
        )
    }

    /// Who the post is for; a space's post links to its space.
    private static func visibilityLabel(_ post: Post, context: PageContext) -> Node<HTML.BodyContext> {
        let label = context.t(post.visibility.label)
        let style = "visibility visibility-\(post.visibility.rawValue)"
        guard let spaceID = post.spaceID else { return .span(.safeClass(style), .text(label)) }
        return .a(.safeClass(style), .safeHref(SiteURL.spaceByID(spaceID).path), .text(label))
    }
}
