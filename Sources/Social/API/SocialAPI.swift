import Vapor

/// Mastodon-compatible endpoints of the Social feature.
enum SocialAPI {
    static func boot(_ api: any RoutesBuilder) {
    }
}
