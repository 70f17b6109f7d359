import Vapor

extension Request {
    /// Requires a signed-in caller whose token carries one of the scopes (Mastodon's `read`, `read:accounts`, …).
    /// A browser session may do everything its member may.
    package func requireScope(_ accepted: String...) throws {
        let viewer = try requireViewer()
        guard let granted = viewer.tokenScopes else { return }
        guard accepted.contains(where: granted.contains) else {
            throw Abort(.forbidden, reason: CoreText.outsideScopes(language))
        }
    }
}
