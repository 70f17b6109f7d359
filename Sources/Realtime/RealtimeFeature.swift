import Fluent
import TreffpunktCore
import Vapor

/// The Realtime feature as the app wires it: Mastodon's streaming API over WebSocket and
/// server-sent events, the web's live connection, and the bridge between server processes.
package enum RealtimeFeature {
    package static var migrations: [any Migration] {
        []
    }

    package static func install(on app: Application) {
        _ = app.realtime
    }

    /// `web` has sessions and form tokens, `api` is `/api` (tokens apply).
    package static func routes(web: any RoutesBuilder, api: any RoutesBuilder) {
    }
}
