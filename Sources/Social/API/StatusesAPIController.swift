import Fluent
import Media
import TreffpunktCore
import Vapor

/// Mastodon's statuses: write, read, edit and delete posts and comments, and read their thread,
/// edit history and source text.
struct StatusesAPIController {
    func boot(_ api: any RoutesBuilder) {
        let statuses = api.grouped("v1", "statuses")
        statuses.post(use: create)
        statuses.get(":id", use: show)
        statuses.put(":id", use: update)
        statuses.delete(":id", use: delete)
        statuses.get(":id", "context", use: context)
        statuses.get(":id", "history", use: history)
        statuses.get(":id", "source", use: source)
    }

    @Sendable func create(req: Request) async throws -> MastodonStatus {
        try req.requireScope("write", "write:statuses")
        let viewer = try req.requireViewer()
        let form = try req.fields(StatusForm.self, orIfEmpty: StatusForm())
        try form.checkSupported()
        let draft = PostDraft(text: form.text, visibility: try form.chosenVisibility(),
                              inReplyToID: form.in_reply_to_id?.value, quoteOfID: form.quote_id?.value, mediaIDs: form.mediaIDs)
        return try await req.mastodonStatus(try await req.postService.create(by: viewer.id, draft))
    }

    @Sendable func show(req: Request) async throws -> MastodonStatus {
        try req.authorizeIfGotToken("read", "read:statuses")
        let post = try await PostAccess(database: req.db).visiblePost(try req.postID(), to: try await req.audienceViewer())
        return try await req.mastodonStatus(post)
    }

    @Sendable func update(req: Request) async throws -> MastodonStatus {
        try req.requireScope("write", "write:statuses")
        let actor = try await req.requirePostActor()
        let form = try req.fields(StatusForm.self, orIfEmpty: StatusForm())
        try form.checkSupported()
        let mediaIDs = form.media_ids == nil ? nil : form.mediaIDs
        return try await req.mastodonStatus(try await req.postService.edit(try req.postID(), by: actor, text: form.text, mediaIDs: mediaIDs))
    }

    /// Answers with the deleted post and its plain text, so a client can offer to redraft it.
    @Sendable func delete(req: Request) async throws -> MastodonStatus {
        try req.requireScope("write", "write:statuses")
        let actor = try await req.requirePostActor()
        let id = try req.postID()
        let post = try await PostAccess(database: req.db).visiblePost(id, to: try await req.audienceViewer())
        let deleted = try await req.mastodonStatus(post, withSource: true)
        _ = try await req.postService.delete(id, by: actor)
        return deleted
    }

    @Sendable func context(req: Request) async throws -> MastodonContext {
        try req.authorizeIfGotToken("read", "read:statuses")
        let thread = try await PostThread(database: req.db).context(of: try req.postID(), for: try await req.audienceViewer())
        let statuses = try await req.mastodonStatuses(thread.ancestors + thread.descendants)
        let byID = Dictionary(statuses.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        func rendered(_ posts: [Post]) -> [MastodonStatus] { posts.compactMap { byID[String($0.requireID())] } }
        return MastodonContext(ancestors: rendered(thread.ancestors), descendants: rendered(thread.descendants))
    }

    /// Every earlier version and the current one, oldest first.
    @Sendable func history(req: Request) async throws -> [MastodonStatusEdit] {
        try req.authorizeIfGotToken("read", "read:statuses")
        let (post, edits, editMedia) = try await req.postService.history(of: try req.postID(), viewer: try await req.audienceViewer())
        guard let presented = try await req.present([post]).first else { throw UserFacingError.notFound(SocialText.postNotFound) }
        let author = try await MastodonRenderer.load(for: req, members: [presented.author]).account(presented.author)
        let media = try await MediaLookup(database: req.db).media(ids: editMedia.values.joined())
        let links = try await MediaLinks.load(for: req.application, on: req.db)
        func attachments(_ list: [MediaAttachment]) -> [MastodonMediaAttachment] {
            list.map { MastodonMediaAttachment($0, links: links, viewerID: req.viewer?.id) }
        }
        let current = MastodonStatusEdit(content: post.html, createdAt: MastodonDate.string(post.editedAt ?? post.createdAt ?? Date()),
                                         account: author, media: attachments(presented.media))
        return edits.map { edit in
            MastodonStatusEdit(content: edit.html, createdAt: MastodonDate.string(edit.writtenAt), account: author,
                               media: attachments((editMedia[edit.requireID()] ?? []).compactMap { media[$0] }))
        } + [current]
    }

    @Sendable func source(req: Request) async throws -> MastodonStatusSource {
        try req.requireScope("read", "read:statuses")
        let post = try await PostAccess(database: req.db).visiblePost(try req.postID(), to: try await req.audienceViewer())
        return MastodonStatusSource(id: String(post.requireID()), text: post.text, spoiler_text: "")
    }
}
