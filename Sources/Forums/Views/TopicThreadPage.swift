import Foundation
import Accounts
import Plot
import TreffpunktCore

/// A topic with its replies: the accepted answer shown first, quoting, moderation and the reply form.
enum TopicThreadPage {
    struct Model {
        let scope: ForumScope
        let category: ForumCategory
        let topic: ForumTopic
        let replies: [ForumReply]
        /// The accepted answer, also when it is not on this page of replies.
        let accepted: ForumReply?
        let authors: [Int64: MemberSummary]
        /// The topic's author and moderators choose the accepted answer.
        let canAccept: Bool
        let subscribed: Bool
        let nextAfter: Int64?
        var draft = ForumDraft()
        var errors = FormErrors()
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let topic = model.topic
        let scope = model.scope
        return Layout.page(topic.title, context: context, content: .div(
            .class("forum forum-thread"),
            .p(.a(.safeHref(scope.path(.index)), .text(context.t(scope.title))), .text(" › "),
               .a(.safeHref(scope.path(.category(slug: model.category.slug))), .text(model.category.name))),
            .article(
                .class("card forum-topic"), .id("topic"),
                .h1(.text(topic.title),
                    .if(topic.pinned, TopicRow.badge(ForumsText.pinned, "forum-pinned", context)),
                    .if(topic.isSolved, TopicRow.badge(ForumsText.solved, "forum-solved", context)),
                    .if(topic.locked, TopicRow.badge(ForumsText.locked, "forum-locked", context))),
                byline(model.authors[topic.authorID], topic.createdAt, context: context),
                .div(.class("post-text"), .raw(topic.bodyHTML)),
                .div(.class("post-actions"),
                     .if(!topic.locked, .a(.safeHref(scope.path(.topic(id: topic.requireID(), quote: topic.requireID()))),
                                           .text(context.t(ForumsText.quote)))),
                     ForumActionButton.subscription(scope.path(.topicSubscription(topic: topic.requireID())),
                                                    subscribed: model.subscribed, context: context),
                     .if(scope.canModerate, moderation(topic, scope: scope, context: context)))
            ),
            .unwrap(model.accepted) { reply in
                .section(.class("card notice forum-accepted"), .id("accepted-answer"),
                         .h2(.text(context.t(ForumsText.acceptedAnswer))),
                         byline(model.authors[reply.authorID], reply.createdAt, context: context),
                         .div(.class("post-text"), .raw(reply.bodyHTML)),
                         .p(.a(.safeHref("#reply-\(reply.requireID())"), .text(context.t(ForumsText.showAccepted)))))
            },
            .h2(.text(context.t(ForumsText.replies))),
            model.replies.isEmpty
                ? .p(.class("muted empty"), .text(context.t(ForumsText.noReplies)))
                : .ol(.class("post-list forum-replies"), .forEach(model.replies) { reply in replyItem(reply, model, context: context) }),
            .unwrap(model.nextAfter) { after in
                .p(.a(.safeHref(scope.path(.topic(id: topic.requireID(), after: after))), .text(context.t(ForumsText.moreReplies))))
            },
            topic.locked
                ? .p(.class("notice forum-locked-notice"), .text(context.t(ForumsText.lockedNotice)))
                : replyForm(model, context: context)
        ))
    }

    private static func byline(_ author: MemberSummary?, _ date: Date?, context: PageContext) -> Node<HTML.BodyContext> {
        .p(.class("muted post-meta"),
           .unwrap(author) { .a(.safeHref(SiteURL.profile(username: $0.username).path), .text($0.displayName)) },
           .unwrap(date) { .text(" · " + DateText.dayAndTime($0, in: context.language)) })
    }

    private static func replyItem(_ reply: ForumReply, _ model: Model, context: PageContext) -> Node<HTML.ListContext> {
        let id = reply.requireID()
        let topicID = model.topic.requireID()
        let isAccepted = model.topic.acceptedReplyID == id
        return .li(
            .safeClass(isAccepted ? "card forum-reply notice" : "card forum-reply"), .safeID("reply-\(id)"),
            .if(isAccepted, .p(.span(.class("badge forum-solved"), .text(context.t(ForumsText.acceptedAnswer))))),
            byline(model.authors[reply.authorID], reply.createdAt, context: context),
            .div(.class("post-text"), .raw(reply.bodyHTML)),
            .div(.class("post-actions"),
                 .if(!model.topic.locked, .a(.safeHref(model.scope.path(.topic(id: topicID, quote: id))), .text(context.t(ForumsText.quote)))),
                 .if(model.canAccept, ForumActionButton.render(
                     model.scope.path(.accepted(topic: topicID)),
                     label: isAccepted ? ForumsText.unaccept : ForumsText.accept,
                     field: ("reply_id", isAccepted ? "" : String(id)), style: isAccepted ? "" : "primary", context: context)))
        )
    }

    private static func moderation(_ topic: ForumTopic, scope: ForumScope, context: PageContext) -> Node<HTML.BodyContext> {
        let id = topic.requireID()
        return .group(
            ForumActionButton.render(scope.path(.pinned(topic: id)), label: topic.pinned ? ForumsText.unpin : ForumsText.pin,
                                     field: ("value", topic.pinned ? "0" : "1"), context: context),
            ForumActionButton.render(scope.path(.locked(topic: id)), label: topic.locked ? ForumsText.unlock : ForumsText.lock,
                                     field: ("value", topic.locked ? "0" : "1"), context: context)
        )
    }

    private static func replyForm(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        .section(
            .class("card"), .id("reply-form"),
            .h2(.text(context.t(ForumsText.replyTitle))),
            .form(
                .method(.post), .safeAction(model.scope.path(.reply(topic: model.topic.requireID()))),
                Layout.csrfField(context.csrfToken),
                FormField.textArea("body", label: context.t(ForumsText.replyLabel), value: model.draft.body,
                                   error: model.errors["body"].map { context.t($0) }, rows: 8,
                                   maxLength: ForumDraft.bodyLimit, hint: context.t(ForumsText.markdownHint)),
                .button(.type(.submit), .class("primary"), .text(context.t(ForumsText.replyButton)))
            )
        )
    }
}
