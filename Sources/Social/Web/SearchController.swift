import Fluent
import TreffpunktCore
import Vapor

struct SearchController {
    func boot(_ web: any RoutesBuilder) {
        web.get(SiteURL.search(query: nil).route, use: search)
    }

    @Sendable func search(req: Request) async throws -> Response {
        let viewer = try req.requireViewer()
        let query = (req.query[String.self, at: "q"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        var model = SearchPage.Model(query: query, results: nil, posts: [])
        if !query.isEmpty {
            let results = try await SearchService(database: req.db).search(query, viewer: try await req.audienceViewer())
            model.results = results
            model.posts = try await req.present(results.posts)
            for section in req.application.searchSections where viewer.isEmployee || !section.isForEmployeesOnly {
                model.sections.append((section.heading, try await section.search(query, for: viewer.id, limit: 20, on: req.db)))
            }
        }
        return SearchPage.render(model, context: try await req.pageContext()).response()
    }
}
