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

/// Stops taking new videos at shutdown; `serve` takes up those left in processing when it starts
/// (after migrating: every command boots the app, `migrate` too, when the tables may not exist yet).
private struct MediaJobsLifecycle: LifecycleHandler {
    func shutdownAsync(_ application: Application) async {
        await application.mediaJobs.stop()
    }
}
