import Media
import TreffpunktCore
import Vapor

/// A form from a page that may carry photos and videos: `multipart/form-data` when files come
/// along (read as it streams in), a plain form otherwise. Routes using it take their body as a stream.
package struct FormSubmission {
    let fields: [String: String]
    let upload: MultipartUpload?

    package static func read(_ req: Request) async throws -> FormSubmission {
        guard req.carriesFiles else {
            _ = try await req.body.collect(max: req.application.routes.defaultMaxBodySize.value).get()
            return FormSubmission(fields: try req.content.decode([String: String].self), upload: nil)
        }
        let upload = try await MultipartUpload.read(req, maxFileBytes: req.config.mediaLimits.maxUploadBytes, maxFiles: 4)
        return FormSubmission(fields: upload.fields.compactMapValues(\.first), upload: upload)
    }

    package subscript(_ name: String) -> String? { fields[name] }

    /// Uploads the files of the `media` field for `memberID`, with the alt text from `media_description`.
    /// If one is refused, those already stored are removed again, and the refusal is thrown.
    package func uploadMedia(by memberID: Int64, on req: Request) async throws -> [MediaAttachment] {
        if let failure = upload?.failure { throw failure }
        let description = (self["media_description"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        var stored: [MediaAttachment] = []
        do {
            for file in upload?.files ?? [] where file.field == "media" {
                stored.append(try await req.mediaService.upload(file, by: memberID, description: description))
            }
        } catch {
            try await Self.discard(stored, on: req)
            throw error
        }
        return stored
    }

    /// Media uploaded for something that was then refused do not stay behind.
    package static func discard(_ media: [MediaAttachment], on req: Request) async throws {
        for medium in media { try await req.mediaService.discard(medium) }
    }

    package func removeFiles() {
        upload?.removeFiles()
    }
}
