import Vapor

extension Request {
    private struct ViewerKey: StorageKey {
        typealias Value = Viewer
    }

    /// The signed-in person, or `nil` for a visitor.
    package var viewer: Viewer? {
        get { storage[ViewerKey.self] }
        set { storage[ViewerKey.self] = newValue }
    }

    /// The signed-in person; a visitor gets 401 (web pages turn that into the login page).
    package func requireViewer() throws -> Viewer {
        guard let viewer else { throw Abort(.unauthorized, reason: CoreText.loginRequired(language)) }
        return viewer
    }

    /// The signed-in administrator; members get 403.
    package func requireAdmin() throws -> Viewer {
        let viewer = try requireViewer()
        guard viewer.isAdmin else { throw Abort(.forbidden, reason: CoreText.adminsOnly(language)) }
        return viewer
    }
}
