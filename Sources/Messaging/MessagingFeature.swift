import Fluent
import TreffpunktCore
import Vapor

/// The Messaging feature as the app wires it: one-to-one and group chats.
package enum MessagingFeature {
    package static var migrations: [any Migration] {
        []
    }

    package static func install(on app: Application) {
    }

    /// The demo company's share of this feature; running it again creates nothing new.
    package static func seedDemo(on app: Application) async throws {
    }

    /// `web` has sessions and form tokens, `api` is `/api` (tokens apply).
    package static func routes(web: any RoutesBuilder, api: any RoutesBuilder) {
    }
}
