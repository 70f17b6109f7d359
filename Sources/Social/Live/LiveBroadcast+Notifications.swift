import Accounts
import Fluent
import TreffpunktCore

extension LiveBroadcast {
    /// Notifications that reach clients, each to its recipient if the policy lets them see its post and
    /// its actor is not blocked either way.
    func notificationEvents(_ notifications: [SocialNotification]) async throws -> [RealtimeEvent] {
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
                                                       viewerID: nil, showsWorkDetails: false, posts: presented, members: Array(actors.values))
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
            var presenter = PostPresenter(database: database, viewer: .presentingAuthor(authorID))
            presenter.withPersonalFlags = false
            result += try await presenter.present(written)
        }
        return result
    }
}
