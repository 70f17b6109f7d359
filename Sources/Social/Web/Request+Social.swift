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
        var presenter = PostPresenter(database: db, viewer: try await audienceViewer())
        presenter.actor = try await postActor()
        return try await presenter.present(posts, rootAuthorID: rootAuthorID)
    }

    /// The signed-in reader as the post rule sees them (`nil` for a visitor), with their roles on
    /// company pages, loaded once per request.
    func postActor() async throws -> PostActor? {
        guard let viewer else { return nil }
        return try await postActor(of: viewer)
    }

    /// The signed-in reader as the post rule sees them; 401 for a visitor.
    func requirePostActor() async throws -> PostActor {
        try await postActor(of: try requireViewer())
    }

    private func postActor(of viewer: Viewer) async throws -> PostActor {
        if let cached = storage[PostActorKey.self] { return cached }
        let roles = try await application.pageTeams?.roles(of: viewer.id, on: db) ?? [:]
        let actor = PostActor(id: viewer.id, isAdmin: viewer.isAdmin, pageRoles: roles)
        storage[PostActorKey.self] = actor
        return actor
    }

    var postService: PostService { PostService(database: db, publicURL: config.publicURL, pageTeams: application.pageTeams) }
}

private struct AudienceViewerKey: StorageKey {
    typealias Value = AudienceViewer
}

private struct PostActorKey: StorageKey {
    typealias Value = PostActor
}
