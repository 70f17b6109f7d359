import Fluent
import TreffpunktCore
import Vapor

extension Request {
    /// The reader as the visibility policy sees them, loaded once per request.
    package func audienceViewer() async throws -> AudienceViewer {
        if let cached = storage[AudienceViewerKey.self] { return cached }
        let loaded = try await Relations(database: db).audienceViewer(for: viewer?.id)
        storage[AudienceViewerKey.self] = loaded
        return loaded
    }

    /// Mastodon's paging parameters; an id that is not a number is refused rather than ignored.
    package func pageRequest(defaultLimit: Int = PageRequest.defaultLimit) throws -> PageRequest {
        func id(_ name: String) throws -> Int64? {
            guard let raw = query[String.self, at: name], !raw.isEmpty else { return nil }
            guard let value = Int64(raw), value >= 0 else { throw UserFacingError(.badRequest, SocialText.invalidCursor) }
            return value
        }
        var limit = defaultLimit
        if let raw = query[String.self, at: "limit"], !raw.isEmpty {
            guard let value = Int(raw) else { throw UserFacingError(.badRequest, SocialText.invalidCursor) }
            limit = value
        }
        return PageRequest(maxID: try id("max_id"), sinceID: try id("since_id"), minID: try id("min_id"), limit: limit)
    }

    /// A post id from the path; anything that is not one is simply not found.
    func postID() throws -> Int64 {
        guard let id = parameters.get("id", as: Int64.self) else { throw UserFacingError.notFound(SocialText.postNotFound) }
        return id
    }

    func present(_ posts: [Post], rootAuthorID: Int64? = nil) async throws -> [PresentedPost] {
        try await PostPresenter(database: db, viewer: try await audienceViewer()).present(posts, rootAuthorID: rootAuthorID)
    }

    var postService: PostService { PostService(database: db, publicURL: config.publicURL) }
}

private struct AudienceViewerKey: StorageKey {
    typealias Value = AudienceViewer
}
