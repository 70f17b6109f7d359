import Accounts
import Fluent
import TreffpunktCore
import Vapor

/// A topic's page and what is done on it: replies, quoting, the accepted answer, pin and lock, subscriptions.
extension ForumsController {
    static let repliesPerPage = 50

    /// Opening a topic marks it read up to the last reply shown. `?quote=ID` fills the reply form with that
    /// reply (or, with the topic's own id, the question).
    @Sendable func topic(req: Request) async throws -> Response {
        let (viewer, scope) = try await forum(req)
        let service = TopicService(database: req.db)
        let topic = try await service.topic(req.parameters.get("id", as: Int64.self), in: scope)
        var draft = ForumDraft()
        if let quoteID = req.query[Int64.self, at: "quote"] {
            var quoted = (body: topic.body, authorID: topic.authorID)
            if quoteID != topic.requireID() {
                let reply = try await service.reply(quoteID, in: topic.requireID())
                quoted = (reply.body, reply.authorID)
            }
            let name = try await MemberLookup(database: req.db).member(id: quoted.authorID)?.displayName ?? "–"
            draft.body = ForumQuote.markdown(quoted.body, by: name, in: req.language)
        }
        return try await renderTopic(req, viewer: viewer, scope: scope, topic: topic, draft: draft, markRead: true)
    }

    private struct ReplyForm: Content {
        var body: String?
    }

    @Sendable func reply(req: Request) async throws -> Response {
        let (viewer, scope) = try await forum(req)
        let topic = try await TopicService(database: req.db).topic(req.parameters.get("id", as: Int64.self), in: scope)
        guard !topic.locked else { throw UserFacingError(.forbidden, ForumsText.topicLocked) }
        let draft = ForumDraft(body: try req.content.decode(ReplyForm.self).body ?? "")
        switch try await TopicService(database: req.db).reply(draft, to: topic.requireID(), in: scope, by: viewer.id) {
        case .success(let reply):
            req.flash(.success, ForumsText.replied)
            return req.redirect(to: scope.path(.topic(id: topic.requireID())) + "#reply-\(reply.requireID())", redirectType: .normal)
        case .failure(let errors):
            return try await renderTopic(req, viewer: viewer, scope: scope, topic: topic, draft: draft, errors: errors,
                                         status: .unprocessableEntity)
        }
    }

    private struct AcceptForm: Content {
        var reply_id: String?
    }

    /// `reply_id` marks that reply as the answer (moving the mark); empty takes the mark away.
    @Sendable func accept(req: Request) async throws -> Response {
        let (viewer, scope) = try await forum(req)
        let topic = try await TopicService(database: req.db).topic(req.parameters.get("id", as: Int64.self), in: scope)
        let raw = try req.content.decode(AcceptForm.self).reply_id ?? ""
        let replyID: Int64?
        if raw.isEmpty {
            replyID = nil
        } else if let id = Int64(raw) {
            replyID = id
        } else {
            throw UserFacingError(.unprocessableEntity, ForumsText.invalidChoice)
        }
        try await ModerationService(database: req.db).accept(replyID, on: topic, scope: scope, by: viewer.id)
        req.flash(.success, replyID == nil ? ForumsText.unaccepted : ForumsText.accepted)
        return req.redirect(to: scope.path(.topic(id: topic.requireID())), redirectType: .normal)
    }

    @Sendable func pin(req: Request) async throws -> Response {
        try await moderate(req) { service, topic, scope, on in try await service.setPinned(on, topic, scope: scope) }
    }

    @Sendable func lock(req: Request) async throws -> Response {
        try await moderate(req) { service, topic, scope, on in try await service.setLocked(on, topic, scope: scope) }
    }

    @Sendable func subscribeTopic(req: Request) async throws -> Response {
        let (viewer, scope) = try await forum(req)
        let topic = try await TopicService(database: req.db).topic(req.parameters.get("id", as: Int64.self), in: scope)
        let subscriptions = ForumSubscriptions(database: req.db)
        if try switchValue(req) {
            try await subscriptions.subscribe(viewer.id, topicID: topic.requireID())
            req.flash(.success, ForumsText.subscribed)
        } else {
            try await subscriptions.unsubscribe(viewer.id, topicID: topic.requireID())
            req.flash(.success, ForumsText.unsubscribed)
        }
        return req.redirect(to: scope.path(.topic(id: topic.requireID())), redirectType: .normal)
    }

    // MARK: - Helpers

    private func moderate(_ req: Request,
                          _ action: (ModerationService, ForumTopic, ForumScope, Bool) async throws -> Void) async throws -> Response {
        let (_, scope) = try await forum(req)
        let topic = try await TopicService(database: req.db).topic(req.parameters.get("id", as: Int64.self), in: scope)
        try await action(ModerationService(database: req.db), topic, scope, try switchValue(req))
        req.flash(.success, ForumsText.moderationSaved)
        return req.redirect(to: scope.path(.topic(id: topic.requireID())), redirectType: .normal)
    }

    private func renderTopic(_ req: Request, viewer: Viewer, scope: ForumScope, topic: ForumTopic, draft: ForumDraft,
                             errors: FormErrors = FormErrors(), status: HTTPResponseStatus = .ok,
                             markRead: Bool = false) async throws -> Response {
        let service = TopicService(database: req.db)
        let topicID = topic.requireID()
        guard let category = try await ForumCategory.find(topic.categoryID, on: req.db) else {
            throw UserFacingError.notFound(ForumsText.categoryNotFound)
        }
        let after = req.query[Int64.self, at: "after"]
        let fetched = try await service.replies(of: topicID, after: after, limit: Self.repliesPerPage + 1)
        let replies = Array(fetched.prefix(Self.repliesPerPage))
        var accepted = replies.first { $0.id == topic.acceptedReplyID }
        if accepted == nil, let acceptedID = topic.acceptedReplyID {
            accepted = try await ForumReply.find(acceptedID, on: req.db)
        }
        let authorIDs = [topic.authorID] + replies.map(\.authorID) + (accepted.map { [$0.authorID] } ?? [])
        let model = TopicThreadPage.Model(
            scope: scope, category: category, topic: topic, replies: replies, accepted: accepted,
            authors: try await MemberLookup(database: req.db).members(ids: authorIDs),
            canAccept: topic.authorID == viewer.id || scope.canModerate,
            subscribed: try await ForumSubscriptions(database: req.db).isSubscribed(viewer.id, topicID: topicID),
            nextAfter: fetched.count > Self.repliesPerPage ? replies.last?.id : nil,
            draft: draft, errors: errors)
        if markRead {
            try await ReadTracking(database: req.db).markRead(topicID: topicID, upTo: replies.last?.id ?? topicID, by: viewer.id)
        }
        return TopicThreadPage.render(model, context: try await req.pageContext()).response(status: status)
    }
}
