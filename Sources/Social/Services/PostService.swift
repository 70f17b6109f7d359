import Accounts
import Fluent
import Foundation
import Media
import TreffpunktCore

/// Writing, editing, deleting and sharing posts and comments. Every action checks first, then
/// writes the post, its mentions, hashtags, counters and notifications in one transaction.
struct PostService {
    let database: any Database
    let publicURL: String
    /// Keeps for a company page's team who of them (or which administrator) changed its posts.
    var pageTeams: (any PageTeamsSource)? = nil

    func create(by authorID: Int64, _ draft: PostDraft) async throws -> Post {
        let text = draft.text.trimmingCharacters(in: .whitespacesAndNewlines)
        // A photo may speak for itself; a post of text needs some.
        if !(text.isEmpty && !draft.mediaIDs.isEmpty) { try Self.checkLength(text) }
        let mediaIDs = try await attachableMedia(draft.mediaIDs, by: authorID, acceptsProcessing: draft.acceptsProcessingMedia)
        let viewer = try await Relations(database: database).audienceViewer(for: authorID)
        let access = PostAccess(database: database)
        var visibility: PostVisibility
        if let chosen = draft.visibility {
            visibility = chosen
        } else {
            visibility = try await Relations(database: database).preferences(of: authorID).defaultVisibility
        }

        var spaceID = draft.spaceID
        if let space = spaceID {
            guard try await SpaceMembers(database: database).role(of: authorID, in: space) != nil else {
                throw UserFacingError(.forbidden, SocialText.spaceMembersOnly)
            }
            visibility = .space
        } else if visibility == .space {
            throw UserFacingError(.unprocessableEntity, SocialText.spaceNeeded)
        }

        var root: Post?
        var inReplyTo: Post?
        if let parentID = draft.inReplyToID {
            let parent = try await access.visiblePost(parentID, to: viewer)
            guard parent.reblogOfID == nil else { throw UserFacingError(.unprocessableEntity, SocialText.cannotCommentShare) }
            var rootPost = parent
            if let rootID = parent.rootID {
                rootPost = try await access.visiblePost(rootID, to: viewer)
            }
            // Replies go one level deep: an answer to an answer joins the same thread.
            if let grandparent = parent.inReplyToID, grandparent != rootPost.id {
                inReplyTo = try await Post.find(grandparent, on: database) ?? parent
            } else {
                inReplyTo = parent
            }
            root = rootPost
            visibility = rootPost.visibility
            spaceID = rootPost.spaceID
        }

        var quoted: Post?
        if let quoteID = draft.quoteOfID {
            let target = try await access.visiblePost(quoteID, to: viewer)
            let original = try await access.original(of: target, to: viewer)
            guard original.visibility.isShareable, original.rootID == nil else {
                throw UserFacingError(.unprocessableEntity, SocialText.notShareable)
            }
            quoted = original
            // A quote never reaches more people than the post it quotes.
            visibility = max(visibility, original.visibility)
        }

        if spaceID != nil, draft.wallOwnerID != nil || draft.quoteOfID != nil {
            throw UserFacingError(.unprocessableEntity, SocialText.notInSpace)
        }
        if let wallOwnerID = draft.wallOwnerID, wallOwnerID != authorID {
            guard root == nil else { throw UserFacingError(.unprocessableEntity, SocialText.wallNotForComments) }
            guard try await Relations(database: database).areFriends(authorID, wallOwnerID) else {
                throw UserFacingError(.forbidden, SocialText.wallFriendsOnly)
            }
        }
        let wallOwnerID = draft.wallOwnerID == authorID ? nil : draft.wallOwnerID

        let parsed = PostText(text)
        let mentioned = try await audible(try await resolveMentions(parsed, excluding: viewer.blockedIDs), in: spaceID)
        if visibility == .direct, mentioned.isEmpty, root == nil, wallOwnerID == nil {
            throw UserFacingError(.unprocessableEntity, SocialText.directNeedsMention)
        }

        let (thread, parent, quotedPost) = (root, inReplyTo, quoted)
        let post = Post(authorID: authorID, visibility: visibility, text: text, html: parsed.html(publicURL: publicURL))
        post.wallOwnerID = wallOwnerID
        post.spaceID = spaceID
        post.rootID = root?.id
        post.inReplyToID = inReplyTo?.id
        post.quoteOfID = quoted?.id
        post.announcementKind = draft.announcement?.kind.rawValue
        post.announcementPath = draft.announcement?.path
        let alongside = draft.alongside
        let conversation = visibility == .direct ? try await conversationParticipants(of: post, root: root, mentioned: mentioned) : []
        let notified = try await database.writeTransaction { db in
            try await post.create(on: db)
            try await alongside?(post.requireID(), db)
            try await storeMentionsAndTags(of: post, mentioned: mentioned, hashtags: parsed.hashtags, on: db)
            for (position, mediaID) in mediaIDs.enumerated() {
                try await PostMedia(postID: post.requireID(), mediaID: mediaID, position: position).create(on: db)
            }
            try await ConversationService(database: db).record(post, in: thread ?? post, participants: conversation)
            let notifications = NotificationService(database: db)
            var created: [SocialNotification?] = []
            if let root = thread {
                try await Self.adjust(\.$repliesCount, of: root.requireID(), by: 1, on: db)
                created.append(try await notifications.notify(root.authorID, of: .comment, by: authorID, post: post.id))
                if let inReplyTo = parent, inReplyTo.id != root.id {
                    created.append(try await notifications.notify(inReplyTo.authorID, of: .comment, by: authorID, post: post.id))
                }
            }
            if let quoted = quotedPost {
                try await Self.adjust(\.$reblogsCount, of: quoted.requireID(), by: 1, on: db)
                created.append(try await notifications.notify(quoted.authorID, of: .share, by: authorID, post: post.id))
            }
            if let wallOwnerID {
                created.append(try await notifications.notify(wallOwnerID, of: .wallPost, by: authorID, post: post.id))
            }
            for member in mentioned where member != wallOwnerID && member != thread?.authorID {
                created.append(try await notifications.notify(member, of: .mention, by: authorID, post: post.id))
            }
            return created.compactMap { $0 }
        }
        await database.live?.posted(post, notifications: notified)
        return post
    }

    /// Shares a post with one's own circles (Mastodon's reblog). Sharing twice keeps one share.
    func share(_ postID: Int64, by memberID: Int64) async throws -> Post {
        let viewer = try await Relations(database: database).audienceViewer(for: memberID)
        let access = PostAccess(database: database)
        let target = try await access.visiblePost(postID, to: viewer)
        let original = try await access.original(of: target, to: viewer)
        // Not allowed rather than invalid, as Mastodon answers a reblog its policy refuses.
        guard original.visibility.isShareable, original.rootID == nil else {
            throw UserFacingError(.forbidden, SocialText.notShareable)
        }
        if let existing = try await Post.query(on: database)
            .filter(\.$reblogOfID == original.requireID()).filter(\.$authorID == memberID).first() {
            return existing
        }
        // The share keeps the shared post's visibility: passing a post on never widens its audience.
        let share = Post(authorID: memberID, visibility: original.visibility, text: "", html: "")
        share.reblogOfID = original.id
        let notified = try await database.writeTransaction { db in
            try await share.create(on: db)
            try await Self.adjust(\.$reblogsCount, of: original.requireID(), by: 1, on: db)
            return try await NotificationService(database: db).notify(original.authorID, of: .share, by: memberID, post: original.id)
        }
        await database.live?.posted(share, notifications: [notified].compactMap { $0 })
        return share
    }

    /// Withdraws one's share; returns the shared post.
    func unshare(_ postID: Int64, by memberID: Int64) async throws -> Post {
        let viewer = try await Relations(database: database).audienceViewer(for: memberID)
        let target = try await PostAccess(database: database).visiblePost(postID, to: viewer)
        let originalID = target.reblogOfID ?? target.requireID()
        if let share = try await Post.query(on: database)
            .filter(\.$reblogOfID == originalID).filter(\.$authorID == memberID).first() {
            let withdrawn = await database.live?.deletionEvents(of: share) ?? []
            try await database.writeTransaction { db in
                try await share.delete(on: db)
                try await Self.adjust(\.$reblogsCount, of: originalID, by: -1, on: db)
            }
            await database.live?.publish(withdrawn)
        }
        return try await PostAccess(database: database).visiblePost(originalID, to: viewer)
    }

    /// The author edits (for a company page: its owners and editors, see `PostEditingPolicy`); the
    /// version before is kept in the edit history, and who edited another's post in the page's record.
    /// `mediaIDs`, when given, replaces the attached photos and videos (Mastodon's edit sends the whole list).
    func edit(_ postID: Int64, by actor: PostActor, text newText: String, mediaIDs: [Int64]? = nil) async throws -> Post {
        let memberID = actor.id
        let viewer = try await Relations(database: database).audienceViewer(for: memberID)
        let post = try await PostAccess(database: database).visiblePost(postID, to: viewer)
        guard PostEditingPolicy.mayEdit(post, by: actor) else {
            throw UserFacingError(.forbidden, SocialText.mayNotEdit)
        }
        let text = newText.trimmingCharacters(in: .whitespacesAndNewlines)
        let attached = try await PostMedia.query(on: database).filter(\.$postID == postID).sort(\.$position).all(\.$mediaID)
        var replacement: [Int64]?
        // The media are the post's author's own: a page's pictures belong to the page.
        if let mediaIDs { replacement = try await attachableMedia(mediaIDs, by: post.authorID, acceptsProcessing: false, onPost: postID) }
        let newMedia = replacement
        // As when it was written: a post with photos may do without text.
        if !(text.isEmpty && !(newMedia ?? attached).isEmpty) { try Self.checkLength(text) }
        let parsed = PostText(text)
        let mentioned = try await audible(try await resolveMentions(parsed, excluding: viewer.blockedIDs), in: post.spaceID)
        if post.visibility == .direct, post.rootID == nil, post.wallOwnerID == nil, mentioned.isEmpty {
            throw UserFacingError(.unprocessableEntity, SocialText.directNeedsMention)
        }
        let mediaChanged = newMedia.map { $0 != attached } ?? false
        guard text != post.text || mediaChanged else { return post }
        let previous = PostEdit(postID: post.requireID(), text: post.text, html: post.html,
                                writtenAt: post.editedAt ?? post.createdAt ?? Date())
        let alreadyMentioned = Set(try await PostMention.query(on: database).filter(\.$postID == post.requireID()).all(\.$userID))
        post.text = text
        post.html = parsed.html(publicURL: publicURL)
        post.editedAt = Date()
        let newlyMentioned = Set(mentioned).subtracting(alreadyMentioned)
        let notified = try await database.writeTransaction { db in
            try await previous.create(on: db)
            for (position, mediaID) in attached.enumerated() {
                try await PostEditMedia(editID: previous.requireID(), postID: postID, mediaID: mediaID, position: position).create(on: db)
            }
            try await post.update(on: db)
            try await PostMention.query(on: db).filter(\.$postID == post.requireID()).delete()
            try await PostTag.query(on: db).filter(\.$postID == post.requireID()).delete()
            try await storeMentionsAndTags(of: post, mentioned: mentioned, hashtags: parsed.hashtags, on: db)
            if let newMedia, mediaChanged {
                try await PostMedia.query(on: db).filter(\.$postID == postID).delete()
                for (position, mediaID) in newMedia.enumerated() {
                    try await PostMedia(postID: postID, mediaID: mediaID, position: position).create(on: db)
                }
            }
            try await ConversationService(database: db).add(newlyMentioned, to: post)
            if memberID != post.authorID {
                try await pageTeams?.record(PagePostChange(action: .edited, postID: postID, isComment: post.rootID != nil,
                                                           accountID: post.authorID, memberID: memberID), on: db)
            }
            var created: [SocialNotification?] = []
            for member in mentioned where newlyMentioned.contains(member) {
                created.append(try await NotificationService(database: db).notify(member, of: .mention, by: memberID, post: post.id))
            }
            return created.compactMap { $0 }
        }
        await database.live?.edited(post, notifications: notified)
        return post
    }

    /// Deletes a post as `PostEditingPolicy` allows: its author, a Pinnwand owner what others wrote on
    /// their wall, a post's author (or a page's moderators) the comments under it, administrators anything.
    /// Who removed another's post is kept in the page's record.
    func delete(_ postID: Int64, by actor: PostActor) async throws -> Post {
        let memberID = actor.id
        let viewer = try await Relations(database: database).audienceViewer(for: memberID)
        let post = try await PostAccess(database: database).visiblePost(postID, to: viewer)
        var rootAuthorID: Int64?
        if let rootID = post.rootID { rootAuthorID = try await Post.find(rootID, on: database)?.authorID }
        guard PostEditingPolicy.mayDelete(post, rootAuthorID: rootAuthorID, by: actor) else {
            throw UserFacingError(.forbidden, SocialText.mayNotDelete)
        }
        // The account whose post it was, and the one under whose post a comment stood.
        let concerned = memberID == post.authorID ? [] : Set([post.authorID] + [rootAuthorID].compactMap { $0 })
        let withdrawn = await database.live?.deletionEvents(of: post) ?? []
        try await database.writeTransaction { db in
            for accountID in concerned {
                try await pageTeams?.record(PagePostChange(action: .deleted, postID: postID, isComment: post.rootID != nil,
                                                           accountID: accountID, memberID: memberID), on: db)
            }
            if let rootID = post.rootID {
                // Answers to a deleted comment go with it.
                let answers = try await Post.query(on: db).filter(\.$inReplyToID == post.requireID()).count()
                try await Post.query(on: db).filter(\.$inReplyToID == post.requireID()).filter(\.$rootID == rootID).delete()
                try await Self.adjust(\.$repliesCount, of: rootID, by: -(1 + answers), on: db)
            }
            if let sharedID = post.reblogOfID ?? post.quoteOfID {
                try await Self.adjust(\.$reblogsCount, of: sharedID, by: -1, on: db)
            }
            try await post.delete(on: db)
            if let rootID = post.rootID { try await ConversationService(database: db).commentRemoved(from: rootID) }
        }
        await database.live?.publish(withdrawn)
        return post
    }

    /// The post and its earlier versions, oldest first, each with the media it carried (by edit id).
    func history(of postID: Int64, viewer: AudienceViewer) async throws -> (Post, [PostEdit], [Int64: [Int64]]) {
        let post = try await PostAccess(database: database).visiblePost(postID, to: viewer)
        let edits = try await PostEdit.query(on: database).filter(\.$postID == postID).sort(\.$id).all()
        let media = try await PostEditMedia.query(on: database).filter(\.$postID == postID).sort(\.$position).all()
        return (post, edits, Dictionary(grouping: media, by: \.editID).mapValues { $0.map(\.mediaID) })
    }

    /// One reaction per member and post; reacting again with another kind changes it.
    func react(to postID: Int64, by memberID: Int64, kind: ReactionKind) async throws -> Post {
        let viewer = try await Relations(database: database).audienceViewer(for: memberID)
        let target = try await PostAccess(database: database).visiblePost(postID, to: viewer)
        let post = try await PostAccess(database: database).original(of: target, to: viewer)
        let notified = try await database.writeTransaction { db -> SocialNotification? in
            if let existing = try await Reaction.query(on: db).filter(\.$postID == post.requireID()).filter(\.$userID == memberID).first() {
                existing.kind = kind
                try await existing.update(on: db)
                return nil
            }
            try await Reaction(postID: post.requireID(), userID: memberID, kind: kind).create(on: db)
            try await Self.adjust(\.$reactionsCount, of: post.requireID(), by: 1, on: db)
            return try await NotificationService(database: db).notify(post.authorID, of: .reaction, by: memberID, post: post.id)
        }
        if let notified { await database.live?.notified([notified]) }
        return try await PostAccess(database: database).visiblePost(post.requireID(), to: viewer)
    }

    func unreact(to postID: Int64, by memberID: Int64) async throws -> Post {
        let viewer = try await Relations(database: database).audienceViewer(for: memberID)
        let target = try await PostAccess(database: database).visiblePost(postID, to: viewer)
        let postID = target.reblogOfID ?? target.requireID()
        try await database.writeTransaction { db in
            if let existing = try await Reaction.query(on: db).filter(\.$postID == postID).filter(\.$userID == memberID).first() {
                try await existing.delete(on: db)
                try await Self.adjust(\.$reactionsCount, of: postID, by: -1, on: db)
            }
        }
        return try await PostAccess(database: database).visiblePost(postID, to: viewer)
    }

    static func checkLength(_ text: String) throws {
        if text.isEmpty { throw UserFacingError(.unprocessableEntity, SocialText.postEmpty) }
        if text.count > PostText.maximumLength { throw UserFacingError(.unprocessableEntity, SocialText.postTooLong) }
    }

    /// What an author may attach: their own uploads, processed, on no other post than `onPost` (the one
    /// being edited); up to 4 images or 1 video.
    private func attachableMedia(_ ids: [Int64], by authorID: Int64, acceptsProcessing: Bool, onPost: Int64? = nil) async throws -> [Int64] {
        guard !ids.isEmpty else { return [] }
        let unique = ids.reduce(into: [Int64]()) { list, id in if !list.contains(id) { list.append(id) } }
        let found = try await MediaLookup(database: database).media(ids: unique)
        let media = unique.compactMap { found[$0] }
        guard media.count == unique.count, media.allSatisfy({ $0.ownerID == authorID && $0.purpose == .attachment }) else {
            throw UserFacingError(.unprocessableEntity, SocialText.mediaNotFound)
        }
        let videoCount = media.filter { $0.kind == .video }.count
        guard media.count <= 4, videoCount == 0 || media.count == 1 else { throw UserFacingError(.unprocessableEntity, SocialText.tooManyMedia) }
        guard media.allSatisfy({ $0.state == .ready || (acceptsProcessing && $0.state == .processing) }) else { throw UserFacingError(.unprocessableEntity, SocialText.mediaStillProcessing) }
        let elsewhere = PostMedia.query(on: database).filter(\.$mediaID ~~ unique)
        if let onPost { elsewhere.filter(\.$postID != onPost) }
        if try await elsewhere.first() != nil {
            throw UserFacingError(.unprocessableEntity, SocialText.mediaAlreadyAttached)
        }
        return unique
    }

    /// Who takes part in the direct thread `post` starts or answers: the root's author, Pinnwand owner
    /// and the people it mentions.
    private func conversationParticipants(of post: Post, root: Post?, mentioned: [Int64]) async throws -> Set<Int64> {
        guard let root else { return Set([post.authorID] + [post.wallOwnerID].compactMap { $0 } + mentioned) }
        return try await ConversationService(database: database).participants(of: [root])[root.requireID()] ?? []
    }

    /// Mentions of unknown members are refused, so nobody believes they told someone who does not exist.
    /// A mention does not open a space's post to an outsider: only the space's members hear of it.
    private func audible(_ mentioned: [Int64], in spaceID: Int64?) async throws -> [Int64] {
        guard let spaceID, !mentioned.isEmpty else { return mentioned }
        let members = try await SpaceMembers(database: database).belonging(mentioned, to: spaceID)
        return mentioned.filter(members.contains)
    }

    private func resolveMentions(_ parsed: PostText, excluding blocked: Set<Int64>) async throws -> [Int64] {
        let names = parsed.mentionedUsernames
        guard !names.isEmpty else { return [] }
        let found = try await MemberLookup(database: database).members(usernames: names)
        let unknown = names.filter { found[$0] == nil }
        guard unknown.isEmpty else {
            throw UserFacingError(.unprocessableEntity, SocialText.unknownMentions(unknown.map { "@\($0)" }.joined(separator: ", ")))
        }
        return names.compactMap { found[$0]?.id }.filter { !blocked.contains($0) }
    }

    private func storeMentionsAndTags(of post: Post, mentioned: [Int64], hashtags: [String], on db: any Database) async throws {
        let postID = post.requireID()
        for member in mentioned {
            try await PostMention(postID: postID, userID: member).create(on: db)
        }
        for tag in hashtags {
            try await PostTag(tag: tag, postID: postID).create(on: db)
        }
    }

    /// Counters change in the database, not in memory, so two people reacting at once both count.
    static func adjust(_ counter: KeyPath<Post, FieldProperty<Post, Int>>, of postID: Int64, by delta: Int, on db: any Database) async throws {
        let column = Post()[keyPath: counter].key.description
        try await db.sql.raw("UPDATE posts SET \(ident: column) = \(ident: column) + \(bind: delta) WHERE id = \(bind: postID)").run()
    }
}
