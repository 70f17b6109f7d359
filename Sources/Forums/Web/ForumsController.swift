import Accounts
import Fluent
import Spaces
import TreffpunktCore
import Vapor

/// The forums in the browser, company-wide at /forums and a space's at /s/<slug>/forum: the same
/// pages under either base. This part: the overview, categories, new topics and "Meine Abos".
struct ForumsController {
    func boot(_ web: any RoutesBuilder) {
        let company = web.grouped("forums")
        for base in [company, web.grouped("s", ":slug", "forum")] {
            base.get(ForumURL.index.route, use: index)
            base.post(ForumURL.createCategory.route, use: createCategory)
            base.get(ForumURL.category(slug: "").route, use: category)
            base.post(ForumURL.createTopic(category: "").route, use: createTopic)
            base.post(ForumURL.categorySubscription(category: "").route, use: subscribeCategory)
            base.get(ForumURL.topic(id: 0).route, use: topic)
            base.post(ForumURL.reply(topic: 0).route, use: reply)
            base.post(ForumURL.accepted(topic: 0).route, use: accept)
            base.post(ForumURL.pinned(topic: 0).route, use: pin)
            base.post(ForumURL.locked(topic: 0).route, use: lock)
            base.post(ForumURL.topicSubscription(topic: 0).route, use: subscribeTopic)
        }
        company.get(ForumURL.subscriptions.route, use: subscriptions)
    }

    @Sendable func index(req: Request) async throws -> Response {
        let (_, scope) = try await forum(req)
        return try await renderIndex(req, ForumIndexPage.Model(
            scope: scope, categories: try await CategoryService(database: req.db).overview(of: scope)))
    }

    private struct CategoryForm: Content {
        var name: String?
        var description: String?
    }

    @Sendable func createCategory(req: Request) async throws -> Response {
        let (viewer, scope) = try await forum(req)
        let form = try req.content.decode(CategoryForm.self)
        let service = CategoryService(database: req.db)
        switch try await service.create(name: form.name ?? "", description: form.description ?? "", in: scope, by: viewer.id) {
        case .success(let category):
            req.flash(.success, ForumsText.categoryCreated)
            return req.redirect(to: scope.path(.category(slug: category.slug)), redirectType: .normal)
        case .failure(let errors):
            let model = ForumIndexPage.Model(scope: scope, categories: try await service.overview(of: scope),
                                             name: form.name ?? "", description: form.description ?? "", errors: errors)
            return try await renderIndex(req, model, status: .unprocessableEntity)
        }
    }

    @Sendable func category(req: Request) async throws -> Response {
        let (viewer, scope) = try await forum(req)
        let category = try await CategoryService(database: req.db).category(slug: req.parameters.get("category") ?? "", in: scope)
        return try await renderCategory(req, viewer: viewer, scope: scope, category: category,
                                        before: req.query[Int64.self, at: "before"])
    }

    private struct TopicForm: Content {
        var title: String?
        var body: String?
    }

    /// A new topic; a post tells the newsfeed of those who may read the forum.
    @Sendable func createTopic(req: Request) async throws -> Response {
        let (viewer, scope) = try await forum(req)
        let category = try await CategoryService(database: req.db).category(slug: req.parameters.get("category") ?? "", in: scope)
        let form = try req.content.decode(TopicForm.self)
        let draft = ForumDraft(title: form.title ?? "", body: form.body ?? "")
        switch try await TopicService(database: req.db).create(draft, in: category, scope: scope, by: viewer.id,
                                                               publicURL: req.config.publicURL) {
        case .success(let topic):
            req.flash(.success, ForumsText.topicCreated)
            return req.redirect(to: scope.path(.topic(id: topic.requireID())), redirectType: .normal)
        case .failure(let errors):
            return try await renderCategory(req, viewer: viewer, scope: scope, category: category, before: nil,
                                            draft: draft, errors: errors, status: .unprocessableEntity)
        }
    }

    @Sendable func subscribeCategory(req: Request) async throws -> Response {
        let (viewer, scope) = try await forum(req)
        let category = try await CategoryService(database: req.db).category(slug: req.parameters.get("category") ?? "", in: scope)
        let subscriptions = ForumSubscriptions(database: req.db)
        if try switchValue(req) {
            try await subscriptions.subscribe(viewer.id, categoryID: category.requireID())
            req.flash(.success, ForumsText.subscribed)
        } else {
            try await subscriptions.unsubscribe(viewer.id, categoryID: category.requireID())
            req.flash(.success, ForumsText.unsubscribed)
        }
        return req.redirect(to: scope.path(.category(slug: category.slug)), redirectType: .normal)
    }

    /// "Meine Abos" across every forum the person may still read (a space they left drops out).
    @Sendable func subscriptions(req: Request) async throws -> Response {
        let viewer = try req.requireViewer()
        let subscriptions = ForumSubscriptions(database: req.db)
        let topics = try await subscriptions.topics(of: viewer.id)
        let categories = try await subscriptions.categories(of: viewer.id)
        let spaceIDs = Set(topics.compactMap(\.spaceID) + categories.compactMap(\.category.spaceID))
        let spaces = try await SpaceLookup(database: req.db).spaces(ids: spaceIDs, for: viewer.id).filter { $0.value.isMember }
        func base(_ spaceID: Int64?) -> String? {
            guard let spaceID else { return ForumScope.basePath(spaceSlug: nil) }
            return spaces[spaceID].map { ForumScope.basePath(spaceSlug: $0.slug) }
        }
        let states = try await ReadTracking(database: req.db).states(of: topics.map { $0.requireID() }, for: viewer.id)
        let authors = try await MemberLookup(database: req.db).members(ids: topics.map(\.authorID))
        let model = SubscriptionsPage.Model(
            topics: topics.compactMap { topic in
                base(topic.spaceID).map { TopicRow.Item(topic: topic, path: ForumURL.topic(id: topic.requireID()).path(in: $0),
                                                        author: authors[topic.authorID], state: states[topic.requireID()]) }
            },
            categories: categories.compactMap { entry in
                base(entry.category.spaceID).map { SubscriptionsPage.CategoryItem(
                    category: entry.category, path: ForumURL.category(slug: entry.category.slug).path(in: $0), fresh: entry.fresh) }
            })
        return SubscriptionsPage.render(model, context: try await req.pageContext()).response()
    }

    // MARK: - Helpers

    /// The forum of the address as the reader stands to it: a secret space of others is not found,
    /// another space's forum is for its members.
    func forum(_ req: Request) async throws -> (Viewer, ForumScope) {
        let viewer = try req.requireViewer()
        guard let slug = req.parameters.get("slug") else { return (viewer, .company(viewer: viewer)) }
        return (viewer, try ForumScope.space(try await SpaceLookup(database: req.db).space(slug: slug, for: viewer.id)))
    }

    private struct SwitchForm: Content {
        var value: String?
    }

    /// The "value" of an on/off button: "1" or "0", anything else is refused.
    func switchValue(_ req: Request) throws -> Bool {
        switch try req.content.decode(SwitchForm.self).value {
        case "1": return true
        case "0": return false
        default: throw UserFacingError(.unprocessableEntity, ForumsText.invalidChoice)
        }
    }

    private func renderIndex(_ req: Request, _ model: ForumIndexPage.Model, status: HTTPResponseStatus = .ok) async throws -> Response {
        ForumIndexPage.render(model, context: try await req.pageContext()).response(status: status)
    }

    private func renderCategory(_ req: Request, viewer: Viewer, scope: ForumScope, category: ForumCategory, before: Int64?,
                                draft: ForumDraft = ForumDraft(), errors: FormErrors = FormErrors(),
                                status: HTTPResponseStatus = .ok) async throws -> Response {
        let page = try await TopicListing(database: req.db).page(of: category.requireID(), before: before)
        let all = page.pinned + page.topics
        let states = try await ReadTracking(database: req.db).states(of: all.map { $0.requireID() }, for: viewer.id)
        let authors = try await MemberLookup(database: req.db).members(ids: all.map(\.authorID))
        func items(_ topics: [ForumTopic]) -> [TopicRow.Item] {
            topics.map { TopicRow.Item(topic: $0, path: scope.path(.topic(id: $0.requireID())),
                                       author: authors[$0.authorID], state: states[$0.requireID()]) }
        }
        let model = CategoryPage.Model(
            scope: scope, category: category, pinned: items(page.pinned), topics: items(page.topics), nextBefore: page.nextBefore,
            subscribed: try await ForumSubscriptions(database: req.db).isSubscribed(viewer.id, categoryID: category.requireID()),
            draft: draft, errors: errors)
        return CategoryPage.render(model, context: try await req.pageContext()).response(status: status)
    }
}
