import Fluent
import Media
import TreffpunktCore

/// An article's cover picture, kept by the Media feature: decoded, re-encoded, without metadata, and
/// served to whoever may read the article (`BlogCoverAudience`).
struct ArticleCovers {
    let database: any Database
    let media: MediaService

    /// Uploads the picture as the blog account's and shows it on the article; the old cover goes.
    func set(_ file: UploadedFile, on article: BlogArticle) async throws {
        let medium = try await media.upload(file, by: article.accountID, purpose: .attachment, description: article.title)
        let previous = article.coverMediaID
        article.coverMediaID = medium.requireID()
        do {
            try await article.save(on: database)
        } catch {
            try? await media.discard(medium)
            throw error
        }
        try await discard(previous)
    }

    func remove(from article: BlogArticle) async throws {
        let previous = article.coverMediaID
        article.coverMediaID = nil
        try await article.save(on: database)
        try await discard(previous)
    }

    private func discard(_ mediumID: Int64?) async throws {
        guard let mediumID, let medium = try await MediaLookup(database: database).media(ids: [mediumID])[mediumID] else { return }
        try await media.discard(medium)
    }
}
