import Foundation

/// The names of this installation that follow from `PUBLIC_URL`.
struct PublicAddress: Sendable {
    let publicURL: String

    /// The host, with the port when `PUBLIC_URL` names one: what follows the `@` in a handle.
    var domain: String {
        guard let components = URLComponents(string: publicURL), let host = components.host else { return publicURL }
        return components.port.map { "\(host):\($0)" } ?? host
    }

    var host: String {
        URLComponents(string: publicURL)?.host ?? domain
    }

    /// Where Mastodon clients look for the streaming server: the same host over WebSocket.
    var streamingURL: String {
        (publicURL.hasPrefix("https://") ? "wss://" : "ws://") + domain
    }
}
