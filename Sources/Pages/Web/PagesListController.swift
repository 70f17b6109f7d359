import Accounts
import Fluent
import TreffpunktCore
import Vapor

/// `/c`: the list of company pages; administrators create pages there.
struct PagesListController {
    func boot(_ web: any RoutesBuilder) {
        web.get(SiteURL.companyPages.route, use: list)
        web.post(SiteURL.companyPages.route, use: create)
    }

    /// Public, as the pages are.
    @Sendable func list(req: Request) async throws -> Response {
        let model = try await listModel(req, viewer: req.viewer)
        return PagesListPage.render(model, context: try await req.pageContext()).response()
    }

    private struct CreateForm: Content {
        var slug: String?
        var name: String?
        var owner: String?
    }

    @Sendable func create(req: Request) async throws -> Response {
        let viewer = try req.requireAdmin()
        let form = try req.content.decode(CreateForm.self)
        let input = PageService.NewPage(slug: form.slug ?? "", name: form.name ?? "", ownerUsername: form.owner ?? "")
        switch try await PageService(database: req.db, publicURL: req.config.publicURL).create(input, by: viewer) {
        case .success(let page):
            req.flash(.success, PagesText.created)
            return req.redirect(to: .companyPage(slug: page.username))
        case .failure(let errors):
            var model = try await listModel(req, viewer: viewer)
            model.slug = input.slug
            model.name = input.name
            model.owner = input.ownerUsername
            model.errors = errors
            return PagesListPage.render(model, context: try await req.pageContext()).response(status: .unprocessableEntity)
        }
    }

    private func listModel(_ req: Request, viewer: Viewer?) async throws -> PagesListPage.Model {
        let query = (req.query[String.self, at: "q"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let accounts = PageAccounts(database: req.db)
        if !query.isEmpty {
            return PagesListPage.Model(query: query, pages: try await accounts.search(query), nextURL: nil, mayCreate: viewer?.isAdmin ?? false)
        }
        let directory = try await accounts.directory(after: req.query[String.self, at: "after"])
        return PagesListPage.Model(query: "", pages: directory.pages,
                                   nextURL: directory.nextCursor.map { "\(SiteURL.companyPages.path)?after=\($0)" }, mayCreate: viewer?.isAdmin ?? false)
    }
}
