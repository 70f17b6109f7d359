import Fluent
import TreffpunktCore
import Vapor

/// `/media/:id/:variant`: a medium's files, to whoever may see them. Everyone else gets 404, as if
/// the medium did not exist: an unguessable id alone opens nothing.
struct MediaController {
    func boot(_ routes: any RoutesBuilder) {
        routes.get("media", ":id", ":variant", use: file)
    }

    @Sendable func file(req: Request) async throws -> Response {
        guard let id = req.parameters.get("id", as: Int64.self),
              let variant = req.parameters.get("variant").flatMap(MediaVariant.init(rawValue:)),
              let medium = try await MediaAttachment.find(id, on: req.db), medium.state != .failed else {
            throw UserFacingError.notFound(MediaText.mediumNotFound)
        }
        var readerID = req.viewer?.id
        if let access = req.query[String.self, at: MediaLinks.accessParameter] {
            readerID = try await MediaLinks.load(for: req.application, on: req.db).reader(of: id, access: access) ?? readerID
        }
        guard try await MediaAccess(database: req.db, audience: req.application.mediaAudience).mayView(medium, viewerID: readerID) else {
            throw UserFacingError.notFound(MediaText.mediumNotFound)
        }
        let key = variant.key(for: id)
        guard await req.application.fileStore.exists(key) else { throw UserFacingError.notFound(MediaText.mediumNotFound) }
        // Public pictures may be kept by anyone; the others only by the reader's own browser.
        let cacheControl = medium.purpose == .attachment ? "private, max-age=3600" : "public, max-age=86400"
        return try await req.application.fileStore.response(for: key, contentType: variant.contentType, cacheControl: cacheControl, on: req)
    }
}
