import Fluent
import TreffpunktCore
import Vapor

/// `/media/:id/:variant`: a medium's files, to whoever may see them. Everyone else gets 404, as if
/// the medium did not exist: an unguessable id alone opens nothing.
struct MediaController {
    func boot(_ routes: any RoutesBuilder) {
        routes.get(SiteURL.mediaStatus(id: 0).route, use: status)
        routes.post(SiteURL.mediaDescription(id: 0).route, use: describe)
        routes.get("media", ":id", ":variant", use: file)
    }

    struct Status: Content {
        var state: String
        /// Whole percent.
        var progress: Int
    }

    /// How far a video is, for the page that shows it while it is processed (`media.js` asks).
    @Sendable func status(req: Request) async throws -> Status {
        guard let id = req.parameters.get("id", as: Int64.self) else { throw UserFacingError.notFound(MediaText.mediumNotFound) }
        let medium = try await visibleMedium(id, readerID: req.viewer?.id, on: req)
        return Status(state: medium.state.rawValue, progress: Int((medium.progress * 100).rounded(.down)))
    }

    private struct DescriptionForm: Content {
        var description: String?
        var return_to: String?
    }

    /// The owner changes a medium's alt text from the page of its post.
    @Sendable func describe(req: Request) async throws -> Response {
        _ = try req.requireViewer()   // visitors are sent to log in before their form is read
        let form = try req.content.decode(DescriptionForm.self)
        let medium = try await req.ownMedium()
        try await req.mediaService.update(medium, description: (form.description ?? "").trimmingCharacters(in: .whitespacesAndNewlines), focus: nil)
        req.flash(.success, MediaText.descriptionSaved)
        return req.redirect(to: SafeRedirect.localPath(form.return_to) ?? SiteURL.home.path, redirectType: .normal)
    }

    @Sendable func file(req: Request) async throws -> Response {
        guard let id = req.parameters.get("id", as: Int64.self),
              let variant = req.parameters.get("variant").flatMap(MediaVariant.init(rawValue:)) else {
            throw UserFacingError.notFound(MediaText.mediumNotFound)
        }
        var readerID = req.viewer?.id
        if let access = req.query[String.self, at: MediaLinks.accessParameter] {
            readerID = try await MediaLinks.load(for: req.application, on: req.db).reader(of: id, access: access) ?? readerID
        }
        let medium = try await visibleMedium(id, readerID: readerID, on: req)
        let key = variant.key(for: id)
        guard await req.application.fileStore.exists(key) else { throw UserFacingError.notFound(MediaText.mediumNotFound) }
        // Public pictures may be kept by anyone; the others only by the reader's own browser.
        let cacheControl = medium.purpose == .attachment ? "private, max-age=3600" : "public, max-age=86400"
        return try await req.application.fileStore.response(for: key, contentType: variant.contentType, cacheControl: cacheControl, on: req)
    }

    private func visibleMedium(_ id: Int64, readerID: Int64?, on req: Request) async throws -> MediaAttachment {
        guard let medium = try await MediaAttachment.find(id, on: req.db),
              medium.state != .failed,
              try await MediaAccess(database: req.db, audiences: req.application.mediaAudiences).mayView(medium, viewerID: readerID) else {
            throw UserFacingError.notFound(MediaText.mediumNotFound)
        }
        return medium
    }
}
