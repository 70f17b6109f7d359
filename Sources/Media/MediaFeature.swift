import Fluent
import TreffpunktCore
import Vapor

/// The Media feature as the app wires it: uploads, background processing of videos, and the
/// files served under the visibility policy.
package enum MediaFeature {
    package static var migrations: [any Migration] {
        [CreateMediaAttachments()]
    }

    package static func install(on app: Application) {
        app.mediaJobs = MediaJobs(application: app)
        app.lifecycle.use(MediaJobsLifecycle())
    }

    /// `web` serves the files (sessions apply), `api` is `/api` (tokens apply).
    package static func routes(web: any RoutesBuilder, api: any RoutesBuilder) {
        MediaController().boot(web)
        MediaAPIController().boot(api)
    }
}

/// Takes up videos left in processing when the server starts, and stops taking new ones at shutdown.
private struct MediaJobsLifecycle: LifecycleHandler {
    func didBootAsync(_ application: Application) async throws {
        try await application.mediaJobs.resumePending()
    }

    func shutdownAsync(_ application: Application) async {
        await application.mediaJobs.stop()
    }
}
