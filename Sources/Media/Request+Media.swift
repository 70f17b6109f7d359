import TreffpunktCore
import Vapor

extension Request {
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
