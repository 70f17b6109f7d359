import Accounts
import Fluent
import Foundation
import TreffpunktCore
import Vapor

/// Tells live listeners what Social stored, once it is committed. A post goes to the newsfeed of each
/// member whose newsfeed shows it and whom the visibility policy lets see it (`user` topics), a public
/// one also to the public and hashtag topics; a message in a direct thread to each participant's
/// `direct` topic; a notification to its recipient. Payloads are rendered once, without anyone's own
/// reactions or shares. A failure here is logged: the write it reports on stands.
struct LiveBroadcast {
    let application: Application
    let database: any Database

    /// The language of texts inside payloads that go to many readers.
    private static let language = AppLanguage.fallback

    /// A new post, share or comment, with the notifications written alongside.
    func posted(_ post: Post, notifications: [SocialNotification] = []) async {
        await publish("post \(post.requireID())") {
            try await statusEvents(of: post, named: "update") + conversationEvents(of: post) + notificationEvents(notifications)
        }
    }

    /// An edited post (`status.update`), with the notifications of people newly mentioned.
    func edited(_ post: Post, notifications: [SocialNotification] = []) async {
        await publish("edit of \(post.requireID())") {
            try await statusEvents(of: post, named: "status.update") + notificationEvents(notifications)
        }
    }

    func notified(_ notifications: [SocialNotification]) async {
        await publish("notifications") { try await notificationEvents(notifications) }
    }

    /// Before a post is deleted: the `delete` events for those who received it (newsfeeds, public and
    /// hashtag streams, the direct streams of a direct thread's participants; its shares, which go with
    /// it), to publish once the deletion is committed.
    func deletionEvents(of post: Post) async -> [RealtimeEvent] {
        do {
            let id = String(post.requireID())
            var topics = try await reach(of: post)?.topics ?? []
            // A message of a direct thread also leaves its participants' direct streams.
            if post.visibility == .direct, post.reblogOfID == nil {
                let entries = try await ConversationService(database: database).entries(of: post.rootID ?? post.requireID())
                topics += entries.map { .direct($0.memberID) }
            }
            return topics.map { RealtimeEvent(topic: $0, event: "delete", payload: id, actorID: post.authorID) }
                + (try await shareDeletionEvents(of: post))
        } catch {
            application.logger.warning("live deletion of post \(post.requireID()) not prepared: \(String(reflecting: error))")
            return []
        }
    }

    func publish(_ events: [RealtimeEvent]) async {
        await application.realtime.publish(events)
    }

    private func publish(_ what: String, _ events: () async throws -> [RealtimeEvent]) async {
        do {
            await application.realtime.publish(try await events())
        } catch {
            application.logger.warning("live events for \(what) not sent: \(String(reflecting: error))")
        }
    }

    // MARK: - Posts

    /// Who gets a post live: newsfeed readers the policy lets see it (and the post it shares or quotes),
    /// plus the public and hashtag topics for a public post. `nil` for comments, which no newsfeed lists.
    private struct Reach {
        var readers: [Int64]
        var publicTopics: [RealtimeTopic]

        var topics: [RealtimeTopic] { readers.map { .user($0) } + publicTopics }
    }

    private func reach(of post: Post) async throws -> Reach? {
        guard post.rootID == nil else { return nil }
        let postID = post.requireID()
        let mentioned = Set(try await PostMention.query(on: database).filter(\.$postID == postID).all(\.$userID))
        var referenced: Post?
        if let referencedID = post.reblogOfID ?? post.quoteOfID { referenced = try await Post.find(referencedID, on: database) }
        let circles = Set([post.authorID] + [post.wallOwnerID].compactMap { $0 })
        let facts = try await AudienceFacts.load(circles: circles, people: Set([referenced?.authorID].compactMap { $0 }),
                                                 spaces: Set([post.spaceID].compactMap { $0 }), on: database)
        let readers = Self.readers(of: post, mentioned: mentioned, referenced: referenced, facts: facts)
        var publicTopics: [RealtimeTopic] = []
        if post.visibility == .public, post.reblogOfID == nil {
            let tags = try await PostTag.query(on: database).filter(\.$postID == postID).all(\.$tag)
            publicTopics = [.publicTimeline] + Set(tags.map { $0.lowercased() }).sorted().map { .hashtag($0) }
        }
        return Reach(readers: readers.sorted(), publicTopics: publicTopics)
    }

    /// The newsfeed readers of `post` the policy lets see it and the post it shares or quotes.
    private static func readers(of post: Post, mentioned: Set<Int64>, referenced: Post?, facts: AudienceFacts) -> [Int64] {
        let audience = PostAudience(authorID: post.authorID, visibility: post.visibility, wallOwnerID: post.wallOwnerID,
                                    mentionedIDs: mentioned, spaceID: post.spaceID)
        return facts.newsfeedReaders(of: post, mentioned: mentioned).filter { reader in
            let viewer = facts.viewer(reader)
            return VisibilityPolicy.canSee(audience, as: viewer) && (referenced.map { VisibilityPolicy.canSee($0.audience, as: viewer) } ?? true)
        }
    }

    /// The shares of a post that is about to go (they go with it): each to the newsfeeds it reached.
    private func shareDeletionEvents(of original: Post) async throws -> [RealtimeEvent] {
        let shares = try await Post.query(on: database).filter(\.$reblogOfID == original.requireID()).all()
        guard !shares.isEmpty else { return [] }
        let facts = try await AudienceFacts.load(circles: Set(shares.map(\.authorID)), people: [original.authorID], spaces: [], on: database)
        return shares.flatMap { share in
            Self.readers(of: share, mentioned: [], referenced: original, facts: facts).map {
                RealtimeEvent(topic: .user($0), event: "delete", payload: String(share.requireID()), actorID: share.authorID)
            }
        }
    }

    private func statusEvents(of post: Post, named event: String) async throws -> [RealtimeEvent] {
        guard let reach = try await reach(of: post), !reach.topics.isEmpty else { return [] }
        var presenter = PostPresenter(database: database, viewer: AudienceViewer(id: post.authorID))
        presenter.withPersonalFlags = false
        guard let presented = try await presenter.present([post]).first else { return [] }
        let renderer = try await MastodonRenderer.load(application: application, database: database, language: Self.language,
                                                       viewerID: nil, posts: [presented])
        let shared = try Self.json(renderer.status(presented))
        // Photos of a post not for everyone are fetched with addresses signed for each reader.
        let perReader = renderer.signsMedia(of: presented) && post.visibility != .public
        var events = try reach.readers.map { reader in
            RealtimeEvent(topic: .user(reader), event: event,
                          payload: perReader ? try Self.json(renderer.signed(for: reader).status(presented)) : shared,
                          actorID: post.authorID)
        }
        events += reach.publicTopics.map { RealtimeEvent(topic: $0, event: event, payload: shared, actorID: post.authorID) }
        return events
    }

    // MARK: - Conversations

    /// A message in a direct thread: each participant who may see the thread gets it as they see it.
    private func conversationEvents(of post: Post) async throws -> [RealtimeEvent] {
        guard post.visibility == .direct, post.reblogOfID == nil else { return [] }
        let rootID = post.rootID ?? post.requireID()
        guard let root = post.rootID == nil ? post : try await Post.find(rootID, on: database) else { return [] }
        let entries = try await ConversationService(database: database).entries(of: rootID)
        guard !entries.isEmpty else { return [] }
        let mentioned = Set(try await PostMention.query(on: database).filter(\.$postID == rootID).all(\.$userID))
        let facts = try await AudienceFacts.load(circles: [], people: Set([root.authorID] + [root.wallOwnerID].compactMap { $0 }),
                                                 spaces: [], readers: Set(entries.map(\.memberID)), on: database)
        let audience = PostAudience(authorID: root.authorID, visibility: root.visibility, wallOwnerID: root.wallOwnerID,
                                    mentionedIDs: mentioned, spaceID: root.spaceID)
        let allowed = entries.filter { VisibilityPolicy.canSee(audience, as: facts.viewer($0.memberID)) }
        let conversations = try await ConversationPresenter(application: application, database: database, language: Self.language)
            .render(allowed, presentingAs: AudienceViewer(id: root.authorID), personal: false)
        return try zip(allowed, conversations).map { entry, conversation in
            RealtimeEvent(topic: .direct(entry.memberID), event: "conversation", payload: try Self.json(conversation), actorID: post.authorID)
        }
    }

    // MARK: - Notifications

    /// Notifications that reach clients, each to its recipient if the policy lets them see its post and
    /// its actor is not blocked either way.
    private func notificationEvents(_ notifications: [SocialNotification]) async throws -> [RealtimeEvent] {
        let wanted = notifications.filter { $0.kind.reachesClients && $0.id != nil }
        guard !wanted.isEmpty else { return [] }
        let posts = try await Post.rows(ids: wanted.compactMap(\.postID), on: database)
        // A comment is seen by whoever sees its post.
        let roots = try await Post.rows(ids: posts.compactMap(\.rootID), on: database)
        let governing = Dictionary(posts.map { post in
            (post.requireID(), post.rootID.flatMap { rootID in roots.first { $0.id == rootID } } ?? post)
        }, uniquingKeysWith: { first, _ in first })
        let governingIDs = Set(governing.values.map { $0.requireID() })
        let mentions = try await PostMention.query(on: database).filter(\.$postID ~~ governingIDs).all()
        let people = Set(wanted.map(\.actorID) + governing.values.flatMap { [$0.authorID] + [$0.wallOwnerID].compactMap { $0 } })
        let facts = try await AudienceFacts.load(circles: Set(governing.values.map(\.authorID)), people: people,
                                                 spaces: Set(governing.values.compactMap(\.spaceID)),
                                                 readers: Set(wanted.map(\.recipientID)), on: database)
        let allowed = wanted.filter { notification in
            let viewer = facts.viewer(notification.recipientID)
            guard !viewer.blockedIDs.contains(notification.actorID) else { return false }
            guard let postID = notification.postID else { return true }
            guard let post = governing[postID] else { return false }
            let mentioned = Set(mentions.filter { $0.postID == post.id }.map(\.userID))
            return VisibilityPolicy.canSee(PostAudience(authorID: post.authorID, visibility: post.visibility, wallOwnerID: post.wallOwnerID,
                                                        mentionedIDs: mentioned, spaceID: post.spaceID), as: viewer)
        }
        guard !allowed.isEmpty else { return [] }
        let actors = try await MemberLookup(database: database).members(ids: allowed.map(\.actorID))
        let presented = try await presentAsAuthors(posts.filter { post in allowed.contains { $0.postID == post.id } })
        let renderer = try await MastodonRenderer.load(application: application, database: database, language: Self.language,
                                                       viewerID: nil, posts: presented, members: Array(actors.values))
        return try allowed.compactMap { notification in
            let own = renderer.signed(for: notification.recipientID)
            guard let rendered = own.notifications([notification], actors: actors, posts: presented).first else { return nil }
            return RealtimeEvent(topic: .user(notification.recipientID), event: "notification", payload: try Self.json(rendered),
                                 actorID: notification.actorID)
        }
    }

    /// Posts as their authors see them (the shared or quoted post included), without personal flags.
    private func presentAsAuthors(_ posts: [Post]) async throws -> [PresentedPost] {
        var result: [PresentedPost] = []
        for (authorID, written) in Dictionary(grouping: posts, by: \.authorID) {
            var presenter = PostPresenter(database: database, viewer: AudienceViewer(id: authorID))
            presenter.withPersonalFlags = false
            result += try await presenter.present(written)
        }
        return result
    }

    private static func json(_ value: some Encodable) throws -> String {
        String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
    }
}
