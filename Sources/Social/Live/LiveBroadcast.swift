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
    static let language = AppLanguage.fallback

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
        // The mentioned are among the people, so that mentioned employees are known as such.
        let facts = try await AudienceFacts.load(circles: circles, people: mentioned.union([referenced?.authorID].compactMap { $0 }),
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
        var presenter = PostPresenter(database: database, viewer: .presentingAuthor(post.authorID))
        presenter.withPersonalFlags = false
        guard let presented = try await presenter.present([post]).first else { return [] }
        let renderer = try await MastodonRenderer.load(application: application, database: database, language: Self.language,
                                                       viewerID: nil, showsWorkDetails: false, posts: [presented])
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

    static func json(_ value: some Encodable) throws -> String {
        String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
    }
}
