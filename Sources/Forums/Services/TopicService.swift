import Fluent
import Social
import TreffpunktCore

/// Starting topics and answering them. The author follows what they write and has read it.
struct TopicService {
    let database: any Database

    /// The topic `id` of this forum; another forum's topic is not found here.
    func topic(_ id: Int64?, in scope: ForumScope) async throws -> ForumTopic {
        guard let id, let topic = try await ForumTopic.find(id, on: database), topic.spaceID == scope.spaceID else {
            throw UserFacingError.notFound(ForumsText.topicNotFound)
        }
        return topic
    }

    /// Starts a topic and tells the newsfeed with a post by the author (in the space for a space's forum,
    /// for all members otherwise), in one transaction: both are stored or neither.
    func create(_ draft: ForumDraft, in category: ForumCategory, scope: ForumScope, by authorID: Int64,
                publicURL: String) async throws -> Result<ForumTopic, FormErrors> {
        let errors = draft.errors(needsTitle: true)
        guard errors.isEmpty else { return .failure(errors) }
        let topic = ForumTopic(categoryID: category.requireID(), spaceID: scope.spaceID, authorID: authorID,
                               title: draft.trimmedTitle, body: draft.trimmedBody,
                               bodyHTML: MarkdownRenderer().html(draft.trimmedBody))
        let announcement = PostAnnouncement(kind: .forumTopic, path: scope.path(.topic(id: topic.requireID())))
        try await MemberPublishing(database: database, publicURL: publicURL)
            .announce(announcement, title: topic.title, by: authorID, inSpace: scope.spaceID) { _, db in
                try await topic.create(on: db)
                try await ForumSubscriptions(database: db).subscribe(authorID, topicID: topic.requireID())
                try await ReadTracking(database: db).markRead(topicID: topic.requireID(), upTo: topic.activityID, by: authorID)
            }
        return .success(topic)
    }

    /// Adds a reply; a locked topic takes none, whoever asks and however the request arrives.
    /// Writes the reply and tells the topic's and its category's subscribers (those who may still read it).
    func reply(_ draft: ForumDraft, to topicID: Int64, in scope: ForumScope, by authorID: Int64) async throws -> Result<ForumReply, FormErrors> {
        let errors = draft.errors(needsTitle: false)
        guard errors.isEmpty else { return .failure(errors) }
        let reply = ForumReply(topicID: topicID, authorID: authorID, body: draft.trimmedBody,
                               bodyHTML: MarkdownRenderer().html(draft.trimmedBody))
        try await database.writeTransaction { db in
            // Read again inside the transaction: a lock set a moment ago holds.
            guard let topic = try await ForumTopic.find(topicID, on: db) else {
                throw UserFacingError.notFound(ForumsText.topicNotFound)
            }
            guard !topic.locked else { throw UserFacingError(.forbidden, ForumsText.topicLocked) }
            try await reply.create(on: db)
            topic.replyCount += 1
            topic.activityID = reply.requireID()
            topic.activityAt = reply.createdAt ?? topic.activityAt
            try await topic.update(on: db)
            let subscriptions = ForumSubscriptions(database: db)
            var readers = try await subscriptions.subscribers(topicID: topicID, categoryID: topic.categoryID)
            if let spaceID = topic.spaceID {
                readers = try await SpaceMembers(database: db).belonging(readers, to: spaceID)
            }
            try await SubscriptionNotifications(database: db)
                .replied(to: readers, by: authorID, at: scope.path(.topic(id: topicID)) + "#reply-\(reply.requireID())")
            try await subscriptions.subscribe(authorID, topicID: topicID)
            try await ReadTracking(database: db).markRead(topicID: topicID, upTo: reply.requireID(), by: authorID)
        }
        return .success(reply)
    }

    /// The replies after `after` (keyset), oldest first, one page.
    func replies(of topicID: Int64, after: Int64?, limit: Int) async throws -> [ForumReply] {
        var query = ForumReply.query(on: database).filter(\.$topicID == topicID)
        if let after { query = query.filter(\.$id > after) }
        return try await query.sort(\.$id).limit(limit).all()
    }

    func reply(_ id: Int64, in topicID: Int64) async throws -> ForumReply {
        guard let reply = try await ForumReply.find(id, on: database), reply.topicID == topicID else {
            throw UserFacingError.notFound(ForumsText.replyNotFound)
        }
        return reply
    }
}
