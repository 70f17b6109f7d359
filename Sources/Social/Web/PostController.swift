import Fluent
import Media
import TreffpunktCore
import Vapor

/// Writing, reading, editing, deleting, commenting, reacting to and sharing posts in the browser.
struct PostController {
    func boot(_ web: any RoutesBuilder) {
        // Streamed: the composer's photos and videos go to disk as they arrive.
        web.on(.POST, SiteURL.posts.route, body: .stream, use: create)
        web.get(SiteURL.post(id: 0).route, use: show)
        web.get(SiteURL.postEdit(id: 0).route, use: editForm)
        web.post(SiteURL.postEdit(id: 0).route, use: saveEdit)
        web.post(SiteURL.postDelete(id: 0).route, use: delete)
        web.get(SiteURL.postHistory(id: 0).route, use: history)
        web.post(SiteURL.postComment(id: 0).route, use: comment)
        web.post(SiteURL.postReact(id: 0).route, use: react)
        web.post(SiteURL.postShare(id: 0).route, use: share)
    }

    private struct PostForm: Content {
        var text: String?
        var visibility: String?
        var wall_owner_id: Int64?
        var quote_of_id: Int64?
        var return_to: String?
    }

    @Sendable func create(req: Request) async throws -> Response {
        let viewer = try req.requireViewer()
        let (form, upload) = try await readPostForm(req)
        defer { upload?.removeFiles() }
        let returnTo = SafeRedirect.localPath(form.return_to) ?? SiteURL.home.path
        var visibility: PostVisibility?
        var attached: [MediaAttachment] = []
        do {
            if let failure = upload?.failure { throw failure }
            if let name = form.visibility, !name.isEmpty {
                guard let chosen = PostVisibility(name: name) else { throw UserFacingError(.unprocessableEntity, SocialText.unknownVisibility) }
                visibility = chosen
            }
            let description = (upload?.field("media_description") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            for file in upload?.files ?? [] where file.field == "media" {
                attached.append(try await req.mediaService.upload(file, by: viewer.id, description: description))
            }
            var draft = PostDraft(text: form.text ?? "", visibility: visibility, wallOwnerID: form.wall_owner_id,
                                  quoteOfID: form.quote_of_id, mediaIDs: attached.map { $0.requireID() })
            draft.acceptsProcessingMedia = true
            _ = try await req.postService.create(by: viewer.id, draft)
        } catch let error as UserFacingError where error.status == .unprocessableEntity || error.status == .payloadTooLarge {
            // Nothing of a refused post stays behind, not even its photos.
            for medium in attached { try await req.mediaService.discard(medium) }
            // Show the form again with what was typed and why it was refused.
            let composer = Composer.Model(text: form.text ?? "", visibility: visibility ?? SocialPreferences.defaultVisibility,
                                          wallOwnerID: form.wall_owner_id, error: error.message, returnTo: returnTo,
                                          quoteOfID: form.quote_of_id)
            let model = FeedPage.Model(title: SocialText.newsfeed(req.language), composer: composer, posts: [])
            return FeedPage.render(model, context: try await req.pageContext()).response(status: error.status)
        }
        req.flash(.success, SocialText.posted)
        return req.redirect(to: returnTo, redirectType: .normal)
    }

    /// The composer sends `multipart/form-data` when it carries files, a plain form otherwise.
    private func readPostForm(_ req: Request) async throws -> (PostForm, MultipartUpload?) {
        guard req.headers.contentType?.type == "multipart" else {
            _ = try await req.body.collect(max: req.application.routes.defaultMaxBodySize.value).get()
            return (try req.content.decode(PostForm.self), nil)
        }
        let limits = req.config.mediaLimits
        let upload = try await MultipartUpload.read(req, maxFileBytes: limits.maxUploadBytes, maxFiles: 4)
        let form = PostForm(text: upload.field("text"), visibility: upload.field("visibility"),
                            wall_owner_id: upload.field("wall_owner_id").flatMap { Int64($0) },
                            quote_of_id: upload.field("quote_of_id").flatMap { Int64($0) }, return_to: upload.field("return_to"))
        return (form, upload)
    }

    @Sendable func show(req: Request) async throws -> Response {
        try await renderPost(req, postID: try req.postID())
    }

    private func renderPost(_ req: Request, postID: Int64, commentText: String = "", commentError: LocalizedText? = nil,
                            replyTo: Int64? = nil, status: HTTPResponseStatus = .ok) async throws -> Response {
        let viewer = try await req.audienceViewer()
        let post = try await PostAccess(database: req.db).visiblePost(postID, to: viewer)
        // A comment's page is its post's page.
        if let rootID = post.rootID, commentError == nil {
            return req.redirect(to: SiteURL.post(id: rootID).path + "#post-\(postID)", redirectType: .normal)
        }
        guard let presented = try await req.present([post]).first else { throw UserFacingError.notFound(SocialText.postNotFound) }
        let target = presented.content
        let comments = try await FeedService(database: req.db).comments(of: target.id)
        let model = PostPage.Model(post: presented, comments: try await req.present(comments, rootAuthorID: target.post.authorID),
                                   commentText: commentText, commentError: commentError, replyTo: replyTo)
        return PostPage.render(model, context: try await req.pageContext()).response(status: status)
    }

    private struct CommentForm: Content {
        var text: String?
        var in_reply_to_id: Int64?
    }

    @Sendable func comment(req: Request) async throws -> Response {
        let viewer = try req.requireViewer()
        let postID = try req.postID()
        let form = try req.content.decode(CommentForm.self)
        // Reply forms name their field after the comment they answer, so several can be on one page.
        let text = form.text ?? form.in_reply_to_id.flatMap { try? req.content.get(String.self, at: "text-\($0)") } ?? ""
        do {
            let comment = try await req.postService.create(by: viewer.id, PostDraft(text: text, inReplyToID: form.in_reply_to_id ?? postID))
            req.flash(.success, SocialText.commented)
            return req.redirect(to: SiteURL.post(id: postID).path + "#post-\(comment.requireID())", redirectType: .normal)
        } catch let error as UserFacingError where error.status == .unprocessableEntity {
            return try await renderPost(req, postID: postID, commentText: text, commentError: error.message,
                                        replyTo: form.in_reply_to_id, status: .unprocessableEntity)
        }
    }

    @Sendable func editForm(req: Request) async throws -> Response {
        let viewer = try req.requireViewer()
        let post = try await PostAccess(database: req.db).visiblePost(try req.postID(), to: try await req.audienceViewer())
        guard post.authorID == viewer.id, post.reblogOfID == nil else { throw UserFacingError(.forbidden, SocialText.onlyAuthorEdits) }
        return EditPostPage.render(EditPostPage.Model(postID: post.requireID(), text: post.text),
                                   context: try await req.pageContext()).response()
    }

    @Sendable func saveEdit(req: Request) async throws -> Response {
        let viewer = try req.requireViewer()
        let postID = try req.postID()
        let text = try req.content.decode(PostForm.self).text ?? ""
        do {
            let post = try await req.postService.edit(postID, by: viewer.id, text: text)
            req.flash(.success, SocialText.postUpdated)
            return req.redirect(to: .post(id: post.rootID ?? postID))
        } catch let error as UserFacingError where error.status == .unprocessableEntity {
            return EditPostPage.render(EditPostPage.Model(postID: postID, text: text, error: error.message),
                                       context: try await req.pageContext()).response(status: .unprocessableEntity)
        }
    }

    @Sendable func delete(req: Request) async throws -> Response {
        let viewer = try req.requireViewer()
        let post = try await req.postService.delete(try req.postID(), by: viewer.id)
        req.flash(.success, SocialText.postDeleted)
        if let rootID = post.rootID { return req.redirect(to: .post(id: rootID)) }
        let returnTo = SafeRedirect.localPath(try? req.content.get(String.self, at: "return_to"))
        // The deleted post's own page is gone; go home instead.
        let back = returnTo.flatMap { $0.hasPrefix(SiteURL.post(id: post.requireID()).path) ? nil : $0 } ?? SiteURL.home.path
        return req.redirect(to: back, redirectType: .normal)
    }

    @Sendable func history(req: Request) async throws -> Response {
        let (post, edits) = try await req.postService.history(of: try req.postID(), viewer: try await req.audienceViewer())
        guard let presented = try await req.present([post]).first else { throw UserFacingError.notFound(SocialText.postNotFound) }
        let versions = [HistoryPage.Version(html: post.html, writtenAt: post.editedAt ?? post.createdAt ?? .now)]
            + edits.reversed().map { HistoryPage.Version(html: $0.html, writtenAt: $0.writtenAt) }
        return HistoryPage.render(post: presented, versions: versions, context: try await req.pageContext()).response()
    }

    private struct ReactForm: Content {
        var kind: String?
        var return_to: String?
    }

    @Sendable func react(req: Request) async throws -> Response {
        let viewer = try req.requireViewer()
        let form = try req.content.decode(ReactForm.self)
        let postID = try req.postID()
        if form.kind == "none" {
            _ = try await req.postService.unreact(to: postID, by: viewer.id)
        } else {
            guard let kind = form.kind.flatMap(ReactionKind.init(rawValue:)) else {
                throw UserFacingError(.unprocessableEntity, SocialText.unknownReaction)
            }
            _ = try await req.postService.react(to: postID, by: viewer.id, kind: kind)
        }
        return req.redirect(to: (SafeRedirect.localPath(form.return_to) ?? SiteURL.post(id: postID).path) + "#post-\(postID)",
                            redirectType: .normal)
    }

    private struct ShareForm: Content {
        var undo: String?
        var return_to: String?
    }

    @Sendable func share(req: Request) async throws -> Response {
        let viewer = try req.requireViewer()
        let form = try req.content.decode(ShareForm.self)
        let postID = try req.postID()
        if form.undo?.isEmpty == false {
            _ = try await req.postService.unshare(postID, by: viewer.id)
            req.flash(.info, SocialText.unshared)
        } else {
            _ = try await req.postService.share(postID, by: viewer.id)
            req.flash(.success, SocialText.shared)
        }
        return req.redirect(to: SafeRedirect.localPath(form.return_to) ?? SiteURL.post(id: postID).path, redirectType: .normal)
    }
}
