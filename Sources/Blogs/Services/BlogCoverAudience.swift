import Fluent
import Social
import TreffpunktCore

/// Who may fetch an article's cover picture: its writer, and once it is published whoever the
/// visibility policy lets read the article. A members' or space article's cover stays inside.
struct BlogCoverAudience: MediaAudienceSource {
    func visibleMedia(_ mediaIDs: [Int64], to viewerID: Int64?, on database: any Database) async throws -> Set<Int64> {
        let articles = try await BlogArticle.query(on: database).filter(\.$coverMediaID ~~ mediaIDs).all()
        guard !articles.isEmpty else { return [] }
        let viewer = try await AudienceLookup(database: database).viewer(viewerID)
        return Set(articles.filter { article in
            article.writerID == viewerID || (article.state == .published && VisibilityPolicy.canSee(article.audience, as: viewer))
        }.compactMap(\.coverMediaID))
    }
}
