import TreffpunktCore
import Vapor

extension Request {
    /// The medium named by the path's `id` when it is the signed-in member's own; anyone else's
    /// counts as not found, so ids reveal nothing.
    func ownMedium() async throws -> MediaAttachment {
        let viewer = try requireViewer()
        guard let id = parameters.get("id", as: Int64.self), let medium = try await MediaAttachment.find(id, on: db),
              medium.ownerID == viewer.id else {
            throw UserFacingError.notFound(MediaText.mediumNotFound)
        }
        return medium
    }

    package var mediaService: MediaService {
        MediaService(database: db, store: application.fileStore, limits: config.mediaLimits, jobs: application.mediaJobs)
    }
}

extension Application {
    private struct MediaJobsKey: StorageKey {
        typealias Value = MediaJobs
    }

    /// Set up by `MediaFeature.install`.
    package var mediaJobs: MediaJobs {
        get {
            guard let jobs = storage[MediaJobsKey.self] else { preconditionFailure("MediaFeature.install sets up the jobs") }
            return jobs
        }
        set { storage[MediaJobsKey.self] = newValue }
    }
}
