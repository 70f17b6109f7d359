import Fluent
import TreffpunktCore
import Vapor

/// The Pages feature as the app wires it: company pages with roles, posts, reviews and building blocks.
package enum PagesFeature {
    package static var migrations: [any Migration] {
        []
    }

    package static func install(on app: Application) {}

    /// The demo company's share of this feature; running it again creates nothing new.
    package static func seedDemo(on app: Application) async throws {}

    /// `web` has sessions and form tokens, `api` is `/api` (tokens apply).
    package static func routes(web: any RoutesBuilder, api: any RoutesBuilder) {}
}
