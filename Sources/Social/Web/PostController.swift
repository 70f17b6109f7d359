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
        web.on(.POST, SiteURL.postComment(id: 0).route, body: .stream, use: comment)
        web.post(SiteURL.postReact(id: 0).route, use: react)
        web.post(SiteURL.postShare(id: 0).route, use: share)
    }

    private struct EditForm: Content {
        var text: String?
    }

    @Sendable func create(req: Request) async throws -> Response {
        let viewer = try req.requireViewer()
        let form = try await FormSubmission.read(req)
        defer { form.removeFiles() }
        let returnTo = SafeRedirect.localPath(form["return_to"]) ?? SiteURL.home.path
        let wallOwnerID = form["wall_owner_id"].flatMap { Int64($0) }
        let quoteOfID = form["quote_of_id"].flatMap { Int64($0) }
        let spaceID = form["space_id"].flatMap { Int64($0) }
        var visibility: PostVisibility?
        var attached: [MediaAttachment] = []
        do {
            if let name = form["visibility"], !name.isEmpty {
                guard let chosen = PostVisibility(name: name) else { throw UserFacingError(.unprocessableEntity, SocialText.unknownVisibility) }
                visibility = chosen
            }
            attached = try await form.uploadMedia(by: viewer.id, on: req)
            var draft = PostDraft(text: form["text"] ?? "", visibility: visibility, wallOwnerID: wallOwnerID,
                                  quoteOfID: quoteOfID, mediaIDs: attached.map { $0.requireID() }, spaceID: spaceID)
            draft.acceptsProcessingMedia = true
            _ = try await req.postService.create(by: viewer.id, draft)
        } catch let error as UserFacingError where error.status == .unprocessableEntity || error.status == .payloadTooLarge {
            try await FormSubmission.discard(attached, on: req)
            // Show the form again with what was typed and why it was refused.
            let composer = Composer.Model(text: form["text"] ?? "", visibility: visibility ?? SocialPreferences.defaultVisibility,
                                          wallOwnerID: wallOwnerID, error: error.message, returnTo: returnTo, quoteOfID: quoteOfID,
                                          spaceID: spaceID)
            let model = FeedPage.Model(title: SocialText.newsfeed(req.language), composer: composer, posts: [])
            return FeedPage.render(model, context: try await req.pageContext()).response(status: error.status)
        }
        req.flash(.success, SocialText.posted)
        return req.redirect(to: returnTo, redirectType: .normal)
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

    @Sendable func comment(req: Request) async throws -> Response {
        let viewer = try req.requireViewer()
        let postID = try req.postID()
        let form = try await FormSubmission.read(req)
        defer { form.removeFiles() }
        let replyTo = form["in_reply_to_id"].flatMap { Int64($0) }
        // Reply forms name their field after the comment they answer, so several can be on one page.
        let text = form["text"] ?? replyTo.flatMap { form["text-\($0)"] } ?? ""
        var attached: [MediaAttachment] = []
        do {
            attached = try await form.uploadMedia(by: viewer.id, on: req)
            var draft = PostDraft(text: text, inReplyToID: replyTo ?? postID, mediaIDs: attached.map { $0.requireID() })
            draft.acceptsProcessingMedia = true
            let comment = try await req.postService.create(by: viewer.id, draft)
            req.flash(.success, SocialText.commented)
            return req.redirect(to: SiteURL.post(id: postID).path + "#post-\(comment.requireID())", redirectType: .normal)
        } catch let error as UserFacingError where error.status == .unprocessableEntity || error.status == .payloadTooLarge {
            try await FormSubmission.discard(attached, on: req)
            return try await renderPost(req, postID: postID, commentText: text, commentError: error.message,
                                        replyTo: replyTo, status: error.status)
        }
    }

    @Sendable func editForm(req: Request) async throws -> Response {
        let actor = try await req.requirePostActor()
        let post = try await PostAccess(database: req.db).visiblePost(try req.postID(), to: try await req.audienceViewer())
        guard PostEditingPolicy.mayEdit(post, by: actor) else { throw UserFacingError(.forbidden, SocialText.mayNotEdit) }
        return EditPostPage.render(EditPostPage.Model(postID: post.requireID(), text: post.text),
                                   context: try await req.pageContext()).response()
    }

    @Sendable func saveEdit(req: Request) async throws -> Response {
        let actor = try await req.requirePostActor()
        let postID = try req.postID()
        let text = try req.content.decode(EditForm.self).text ?? ""
        do {
            let post = try await req.postService.edit(postID, by: actor, text: text)
            req.flash(.success, SocialText.postUpdated)
            return req.redirect(to: .post(id: post.rootID ?? postID))
        } catch let error as UserFacingError where error.status == .unprocessableEntity {
            return EditPostPage.render(EditPostPage.Model(postID: postID, text: text, error: error.message),
                                       context: try await req.pageContext()).response(status: .unprocessableEntity)
        }
    }

    @Sendable func delete(req: Request) async throws -> Response {
        let post = try await req.postService.delete(try req.postID(), by: try await req.requirePostActor())
        req.flash(.success, SocialText.postDeleted)
        if let rootID = post.rootID { return req.redirect(to: .post(id: rootID)) }
        let returnTo = SafeRedirect.localPath(try? req.content.get(String.self, at: "return_to"))
        // The deleted post's own page is gone; go home instead.
        let back = returnTo.flatMap { $0.hasPrefix(SiteURL.post(id: post.requireID()).path) ? nil : $0 } ?? SiteURL.home.path
        return req.redirect(to: back, redirectType: .normal)
    }

    @Sendable func history(req: Request) async throws -> Response {
        let (post, edits, editMedia) = try await req.postService.history(of: try req.postID(), viewer: try await req.audienceViewer())
        guard let presented = try await req.present([post]).first else { throw UserFacingError.notFound(SocialText.postNotFound) }
        let media = try await MediaLookup(database: req.db).media(ids: editMedia.values.joined())
        let versions = [HistoryPage.Version(html: post.html, writtenAt: post.editedAt ?? post.createdAt ?? .now, media: presented.media)]
            + edits.reversed().map { edit in
                HistoryPage.Version(html: edit.html, writtenAt: edit.writtenAt,
                                    media: (editMedia[edit.requireID()] ?? []).compactMap { media[$0] })
            }
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
