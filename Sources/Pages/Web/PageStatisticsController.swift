import TreffpunktCore
import Vapor

/// The page's figures for its analysts and owners.
struct PageStatisticsController {
    func boot(_ web: any RoutesBuilder) {
        web.get(PagesURL.statistics(slug: "").route, use: statistics)
    }

    @Sendable func statistics(req: Request) async throws -> Response {
        _ = try req.requireViewer()
        let page = try await req.companyPage()
        try PagePermissions.require(page.permissions.mayViewStatistics)
        let figures = try await req.accountStatistics(for: [page.id])[page.id] ?? AccountStatistics()
        let model = PageStatisticsPage.Model(
            page: page, followers: figures.followersCount, posts: figures.statusesCount,
            summary: try await PageReviewService(database: req.db).summary(of: page.id),
            postsByMember: try await PagePostService(database: req.db, publicURL: req.config.publicURL).postsByMember(of: page.id)
        )
        return PageStatisticsPage.render(model, context: try await req.pageContext()).response()
    }
}
