import Plot
import TreffpunktCore

/// One post with its comments: answers one level deep, each with its own reply form.
enum PostPage {
    struct Model {
        var post: PresentedPost
        var comments: [PresentedPost]
        var commentText = ""
        var commentError: LocalizedText?
        var replyTo: Int64?
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let content = model.post.content
        return Layout.page(context.t(SocialText.post), context: context, content: .div(
            .h1(.class("visually-hidden"), .text(context.t(SocialText.post))),
            PostCard.render(model.post, context: context),
            .if(context.viewer?.id == model.post.post.authorID && !model.post.media.isEmpty, describeForms(model.post, context: context)),
            .if(context.viewer != nil && content.post.visibility.isShareable, .details(
                .class("quote-composer"),
                .summary(.text(context.t(SocialText.shareWithComment))),
                Composer.render(Composer.Model(visibility: content.post.visibility, label: SocialText.shareWithComment,
                                               returnTo: SiteURL.home.path, quoteOfID: content.id, offersMedia: false), context: context)
            )),
            comments(model, context: context)
        ))
    }

    /// The comments with their answers and the forms to write more; also shown under another feature's
    /// page that discusses a post (a blog article).
    static func comments(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        let topLevel = model.comments.filter { $0.post.inReplyToID == model.post.id || $0.post.inReplyToID == nil }
        let answers = Dictionary(grouping: model.comments.filter { $0.post.inReplyToID != model.post.id && $0.post.inReplyToID != nil },
                                 by: { $0.post.inReplyToID ?? 0 })
        return .section(
            .id("comments"), .class("comments"),
            .h2(.text(context.t(SocialText.comments))),
            .ol(.class("comment-list"), .forEach(topLevel) { comment in
                .li(
                    PostCard.render(comment, context: context),
                    .unwrap(answers[comment.id]) { replies in
                        .ol(.class("comment-replies"), .forEach(replies) { .li(PostCard.render($0, context: context)) })
                    },
                    .if(context.viewer != nil, replyForm(to: comment.id, model: model, context: context))
                )
            }),
            .if(context.viewer != nil, commentForm(model, context: context))
        )
    }

    /// The author edits each medium's alt text here, as often as they like.
    private static func describeForms(_ item: PresentedPost, context: PageContext) -> Node<HTML.BodyContext> {
        .details(
            .class("card media-describe"),
            .summary(.text(context.t(SocialText.editDescriptions))),
            .forEach(item.media) { medium in
                .form(
                    .method(.post), .safeAction(SiteURL.mediaDescription(id: medium.requireID()).path),
                    Layout.csrfField(context.csrfToken),
                    .input(.type(.hidden), .name("return_to"), .safeValue(SiteURL.post(id: item.id).path)),
                    PostMediaView.item(medium, context: context),
                    FormField.textArea("description", label: context.t(SocialText.mediaDescriptionLabel), value: medium.description,
                                       rows: 2, maxLength: 1_500),
                    .button(.type(.submit), .text(context.t(SocialText.editDescription)))
                )
            }
        )
    }

    private static func commentForm(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        let error = model.replyTo == nil ? model.commentError : nil
        return .form(
            .class("card comment-form"), .id("comment-form"), .method(.post), .enctype(.multipartData),
            .safeAction(MediaPicker.formAction(SiteURL.postComment(id: model.post.id).path, context: context)),
            Layout.csrfField(context.csrfToken),
            FormField.textArea("text", label: context.t(SocialText.writeComment), value: model.replyTo == nil ? model.commentText : "",
                               error: error.map { context.t($0) }, rows: 2, maxLength: PostText.maximumLength),
            MediaPicker.render(context: context),
            .button(.type(.submit), .class("primary"), .text(context.t(SocialText.comment)))
        )
    }

    private static func replyForm(to commentID: Int64, model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        let isThis = model.replyTo == commentID
        return .details(
            .safeAttribute(named: "open", value: isThis ? "open" : nil),
            .summary(.text(context.t(SocialText.reply))),
            .form(
                .class("reply-form"), .method(.post), .safeAction(SiteURL.postComment(id: model.post.id).path),
                Layout.csrfField(context.csrfToken),
                .input(.type(.hidden), .name("in_reply_to_id"), .safeValue(String(commentID))),
                FormField.textArea("text-\(commentID)", label: context.t(SocialText.writeReply), value: isThis ? model.commentText : "",
                                   error: isThis ? model.commentError.map { context.t($0) } : nil, rows: 2, maxLength: PostText.maximumLength),
                .button(.type(.submit), .text(context.t(SocialText.reply)))
            )
        )
    }
}
