import Fluent
import TreffpunktCore
import Vapor

/// Mastodon's media endpoints. `POST /api/v2/media` answers 200 for a picture (ready at once) and
/// 202 for a video still being processed; `GET /api/v1/media/:id` answers 206 until it is ready.
struct MediaAPIController {
    private struct UpdateForm: Content {
        var description: String?
        var focus: String?
    }

    func boot(_ api: any RoutesBuilder) {
        api.on(.POST, "v2", "media", body: .stream, use: uploadV2)
        api.on(.POST, "v1", "media", body: .stream, use: uploadV1)
        api.get("v1", "media", ":id", use: show)
        api.put("v1", "media", ":id", use: update)
    }

    @Sendable func uploadV2(req: Request) async throws -> Response {
        let medium = try await upload(req)
        return try await respond(req, medium, status: medium.state == .ready ? .ok : .accepted)
    }

    /// The older endpoint answers 200 whatever the state, as Mastodon's does.
    @Sendable func uploadV1(req: Request) async throws -> Response {
        try await respond(req, try await upload(req), status: .ok)
    }

    @Sendable func show(req: Request) async throws -> Response {
        try req.requireScope("write", "write:media")
        let medium = try await req.ownMedium()
        switch medium.state {
        case .ready: return try await respond(req, medium, status: .ok)
        case .processing: return try await respond(req, medium, status: .partialContent)
        case .failed: throw UserFacingError(.unprocessableEntity, MediaFailure(stored: medium.failure).message(req.config.mediaLimits))
        }
    }

    @Sendable func update(req: Request) async throws -> Response {
        try req.requireScope("write", "write:media")
        let medium = try await req.ownMedium()
        let form = try req.fields(UpdateForm.self, orIfEmpty: UpdateForm())
        try await req.mediaService.update(medium, description: form.description, focus: form.focus)
        return try await respond(req, medium, status: .ok)
    }

    private func upload(_ req: Request) async throws -> MediaAttachment {
        try req.requireScope("write", "write:media")
        let viewer = try req.requireViewer()
        let form = try await MultipartUpload.read(req, maxFileBytes: req.config.mediaLimits.maxUploadBytes, maxFiles: 1)
        defer { form.removeFiles() }
        if let failure = form.failure { throw failure }
        guard let file = form.files.first(where: { $0.field == "file" }) else {
            throw UserFacingError(.unprocessableEntity, MediaText.fileMissing)
        }
        let service = req.mediaService
        let medium = try await service.upload(file, by: viewer.id, description: form.field("description") ?? "")
        if let focus = form.field("focus"), !focus.isEmpty {
            try await service.update(medium, description: nil, focus: focus)
        }
        return medium
    }

    private func respond(_ req: Request, _ medium: MediaAttachment, status: HTTPResponseStatus) async throws -> Response {
        let links = try await MediaLinks.load(for: req.application, on: req.db)
        let response = try await MastodonMediaAttachment(medium, links: links, viewerID: req.viewer?.id).encodeResponse(for: req)
        response.status = status
        return response
    }
}
