import Accounts
import Fluent
import Media
import Plot
import Social
import TreffpunktCore
import Vapor

extension Request {
    /// The page named by the path's `:slug`, with the reader's permissions on it.
    func companyPage() async throws -> LoadedPage {
        try await PageService(database: db, publicURL: config.publicURL).load(slug: parameters.get("slug") ?? "", for: viewer)
    }

    /// An id from the path (`:id`); anything that is not one is simply not found.
    func pathID(_ notFound: LocalizedText) throws -> Int64 {
        guard let id = parameters.get("id", as: Int64.self) else { throw UserFacingError.notFound(notFound) }
        return id
    }

    /// The company page with everything it shows; `reviewForm` and `composer` carry what was typed into a refused form.
    func renderCompanyPage(_ page: LoadedPage, reviewForm: ReviewForm? = nil, composer: CompanyPageView.ComposerForm = .init(),
                           replyDraft: ReplyDraft? = nil, status: HTTPResponseStatus = .ok) async throws -> Response {
        let context = try await pageContext()
        let blocks = try await PageBlockService(database: db).blocks(of: page.id)
        let reviewService = PageReviewService(database: db)
        // A refused reply is shown in its review's form: the list starts at that review.
        let before = replyDraft.map { $0.reviewID + 1 } ?? query[Int64.self, at: "before"]
        let reviews = try await reviewService.reviews(on: page.id, before: before)
        let teamIDs = blocks.flatMap { $0.team.map(\.memberID) }
        let members = try await MemberLookup(database: db).members(ids: teamIDs + reviews.map(\.authorID))
        let media = try await MediaLookup(database: db).media(ids: blocks.compactMap(\.mediaID))
        let latestPosts: Node<HTML.BodyContext> = blocks.contains { $0.kind == .latestPosts }
            ? try await latestPostCards(of: page.id, limit: 5, context: context, emptyText: PagesText.noPosts)
            : .empty
        var form = reviewForm ?? ReviewForm()
        if let viewer, form.own == nil, page.permissions.mayReview {
            form.own = try await reviewService.review(on: page.id, by: viewer.id)
        }
        let statistics = try await accountStatistics(for: [page.id])[page.id] ?? AccountStatistics()
        var isFollowing = false
        if let viewer {
            isFollowing = try await AccountPublishing(database: db, publicURL: config.publicURL).isFollowing(viewer.id, page.id)
        }
        let olderURL = reviews.count == PageReviewService.pageSize
            ? reviews.last.map { "\(SiteURL.companyPage(slug: page.slug).path)?before=\($0.requireID())#reviews" } : nil
        let model = CompanyPageView.Model(
            page: page, followers: statistics.followersCount,
            isFollowing: isFollowing,
            blocks: blocks,
            blockData: PageBlockView.Context(profile: page.profile, members: members, media: media, latestPosts: latestPosts),
            summary: try await reviewService.summary(of: page.id),
            reviews: ReviewList(reviews: reviews, members: members, olderURL: olderURL, replyDraft: replyDraft),
            reviewForm: form, composer: composer
        )
        return CompanyPageView.render(model, context: context).response(status: status)
    }
}
