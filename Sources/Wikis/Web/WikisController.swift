import Accounts
import Fluent
import Spaces
import TreffpunktCore
import Vapor

/// The company wiki at /wiki and every space's wiki at /s/<slug>/wiki, with the same pages and rules.
struct WikisController {
    func boot(_ web: any RoutesBuilder) {
        for base in [WikiURL.companyBase, WikiURL.spaceBase] {
            web.get(base + WikiURL.home.route, use: home)
            web.post(base + WikiURL.home.route, use: create)
            web.get(base + WikiURL.newPage(title: nil, parent: nil).route, use: newPage)
            web.get(base + WikiURL.page(0).route, use: show)
            web.post(base + WikiURL.page(0).route, use: save)
            web.get(base + WikiURL.edit(0).route, use: edit)
            web.get(base + WikiURL.diff(0, from: nil, to: nil).route, use: diff)
            web.post(base + WikiURL.restore(0, revision: 0).route, use: restore)
        }
    }

    private struct PageForm: Content {
        var title: String?
        var body: String?
        var parent: String?
        var note: String?
        var base_revision: String?

        var draft: WikiDraft {
            WikiDraft(title: title ?? "", body: body ?? "", parent: parent ?? "", note: note ?? "")
        }
    }

    @Sendable func home(req: Request) async throws -> Response {
        let scope = try await scope(req)
        let tree = try await WikiReader(database: req.db).tree(of: scope)
        return WikiHomePage.render(scope: scope, tree: tree, context: try await req.pageContext()).response()
    }

    /// The create form; a red link fills in the title, "add a subpage" the parent.
    @Sendable func newPage(req: Request) async throws -> Response {
        let scope = try await scope(req)
        let tree = try await WikiReader(database: req.db).tree(of: scope)
        let draft = WikiDraft(title: req.query[String.self, at: "title"] ?? "", body: "",
                              parent: req.query[String.self, at: "parent"] ?? "", note: "")
        return WikiEditPage.render(WikiEditPage.Model(scope: scope, tree: tree, draft: draft), context: try await req.pageContext()).response()
    }

    @Sendable func create(req: Request) async throws -> Response {
        let viewer = try req.requireViewer()
        let scope = try await scope(req)
        let draft = try req.content.decode(PageForm.self).draft
        switch try await service(req).create(draft, in: scope, by: viewer.id) {
        case .success(let page):
            req.flash(.success, WikisText.created)
            return req.redirect(to: scope.path(.page(page.requireID())), redirectType: .normal)
        case .failure(let errors):
            let tree = try await WikiReader(database: req.db).tree(of: scope)
            let model = WikiEditPage.Model(scope: scope, tree: tree, draft: draft, errors: errors)
            return WikiEditPage.render(model, context: try await req.pageContext()).response(status: .unprocessableEntity)
        }
    }

    @Sendable func show(req: Request) async throws -> Response {
        let scope = try await scope(req)
        let reader = WikiReader(database: req.db)
        let page = try await reader.page(req.parameters.get("id", as: Int64.self), in: scope)
        let revisions = try await reader.revisions(of: page.requireID(), limit: 50)
        let model = WikiPageView.Model(scope: scope, page: page, tree: try await reader.tree(of: scope), revisions: revisions,
                                       authors: try await authors(of: revisions, req))
        return WikiPageView.render(model, context: try await req.pageContext()).response()
    }

    @Sendable func edit(req: Request) async throws -> Response {
        let scope = try await scope(req)
        let reader = WikiReader(database: req.db)
        let page = try await reader.page(req.parameters.get("id", as: Int64.self), in: scope)
        let draft = WikiDraft(title: page.title, body: page.source, parent: page.parentID.map(String.init) ?? "", note: "")
        let model = WikiEditPage.Model(scope: scope, tree: try await reader.tree(of: scope), page: page, draft: draft,
                                       baseRevisionID: page.currentRevisionID)
        return WikiEditPage.render(model, context: try await req.pageContext()).response()
    }

    /// Saves an edit; on top of a revision that is no longer the newest it is refused with 409 and the
    /// conflict view, which keeps the person's text and is now based on the newest revision.
    @Sendable func save(req: Request) async throws -> Response {
        let viewer = try req.requireViewer()
        let scope = try await scope(req)
        let reader = WikiReader(database: req.db)
        let page = try await reader.page(req.parameters.get("id", as: Int64.self), in: scope)
        let form = try req.content.decode(PageForm.self)
        let draft = form.draft
        let outcome = try await service(req).save(draft, to: page, basedOn: form.base_revision.flatMap { Int64($0) },
                                                  in: scope, by: viewer.id)
        var model = WikiEditPage.Model(scope: scope, tree: try await reader.tree(of: scope), page: page, draft: draft,
                                       baseRevisionID: page.currentRevisionID)
        switch outcome {
        case .saved:
            req.flash(.success, WikisText.saved)
            return req.redirect(to: scope.path(.page(page.requireID())), redirectType: .normal)
        case .unchanged:
            req.flash(.info, WikisText.unchanged)
            return req.redirect(to: scope.path(.page(page.requireID())), redirectType: .normal)
        case .rejected(let errors):
            model.errors = errors
            model.baseRevisionID = form.base_revision.flatMap { Int64($0) }
            return WikiEditPage.render(model, context: try await req.pageContext()).response(status: .unprocessableEntity)
        case .conflict(let theirs):
            let context = try await req.pageContext()
            let authors = try await authors(of: [theirs], req)
            model.baseRevisionID = theirs.id
            model.conflict = WikiEditPage.Conflict(
                theirs: theirs, authorLine: context.t(WikisText.theirVersion(
                    number: theirs.number, author: authors.name(theirs.authorID, context: context),
                    date: DateText.dayAndTime(theirs.createdAt ?? .now, in: context.language))),
                differences: LineDiff.lines(from: theirs.source, to: draft.body.replacingOccurrences(of: "\r\n", with: "\n")))
            return WikiEditPage.render(model, context: context).response(status: .conflict)
        }
    }

    @Sendable func diff(req: Request) async throws -> Response {
        let scope = try await scope(req)
        let reader = WikiReader(database: req.db)
        let page = try await reader.page(req.parameters.get("id", as: Int64.self), in: scope)
        guard let fromText = req.query[String.self, at: "from"], let toText = req.query[String.self, at: "to"] else {
            throw UserFacingError(.badRequest, WikisText.chooseRevisions)
        }
        let from = try await reader.revision(Int64(fromText), of: page)
        let to = try await reader.revision(Int64(toText), of: page)
        let model = WikiDiffPage.Model(scope: scope, page: page, from: from, to: to, authors: try await authors(of: [from, to], req))
        return WikiDiffPage.render(model, context: try await req.pageContext()).response()
    }

    @Sendable func restore(req: Request) async throws -> Response {
        let viewer = try req.requireViewer()
        let scope = try await scope(req)
        let reader = WikiReader(database: req.db)
        let page = try await reader.page(req.parameters.get("id", as: Int64.self), in: scope)
        let old = try await reader.revision(req.parameters.get("revision", as: Int64.self), of: page)
        try await service(req).restore(old, of: page, by: viewer.id)
        req.flash(.success, WikisText.restored(old.number))
        return req.redirect(to: scope.path(.page(page.requireID())), redirectType: .normal)
    }

    // MARK: - Helpers

    /// The wiki of the address. A space's wiki is for its members: a secret space of others does not
    /// exist (404, from `SpaceLookup`), other non-members are told to join (403).
    private func scope(_ req: Request) async throws -> WikiScope {
        let viewer = try req.requireViewer()
        guard let slug = req.parameters.get("slug") else { return .company }
        let space = try await SpaceLookup(database: req.db).space(slug: slug, for: viewer.id)
        guard space.isMember else { throw UserFacingError(.forbidden, WikisText.membersOnly) }
        return .space(space)
    }

    private func service(_ req: Request) -> WikiService {
        WikiService(database: req.db, publicURL: req.config.publicURL)
    }

    private func authors(of revisions: [WikiRevision], _ req: Request) async throws -> WikiAuthors {
        WikiAuthors(people: try await MemberLookup(database: req.db).members(ids: Set(revisions.map(\.authorID))))
    }
}
