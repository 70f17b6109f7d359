import Fluent
import TreffpunktCore

extension LiveBroadcast {
    /// A message in a direct thread: each participant who may see the thread gets it as they see it.
    func conversationEvents(of post: Post) async throws -> [RealtimeEvent] {
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
            .render(allowed, presentingAs: .presentingAuthor(root.authorID), personal: false)
        return try zip(allowed, conversations).map { entry, conversation in
            RealtimeEvent(topic: .direct(entry.memberID), event: "conversation", payload: try Self.json(conversation), actorID: post.authorID)
        }
    }
}
