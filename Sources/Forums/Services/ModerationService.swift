import Fluent
import TreffpunktCore

/// The accepted answer (the topic's author or a moderator), pinning and locking (moderators).
struct ModerationService {
    let database: any Database

    /// Marks `replyID` as the accepted answer, moving the mark from any other; nil takes it away.
    func accept(_ replyID: Int64?, on topic: ForumTopic, scope: ForumScope, by memberID: Int64) async throws {
        guard topic.authorID == memberID || scope.canModerate else {
            throw UserFacingError(.forbidden, ForumsText.authorOrModeratorOnly)
        }
        if let replyID {
            _ = try await TopicService(database: database).reply(replyID, in: topic.requireID())
        }
        topic.acceptedReplyID = replyID
        try await topic.update(on: database)
    }

    func setPinned(_ pinned: Bool, _ topic: ForumTopic, scope: ForumScope) async throws {
        guard scope.canModerate else { throw UserFacingError(.forbidden, ForumsText.moderatorsOnly) }
        topic.pinned = pinned
        try await topic.update(on: database)
    }

    func setLocked(_ locked: Bool, _ topic: ForumTopic, scope: ForumScope) async throws {
        guard scope.canModerate else { throw UserFacingError(.forbidden, ForumsText.moderatorsOnly) }
        topic.locked = locked
        try await topic.update(on: database)
    }
}
