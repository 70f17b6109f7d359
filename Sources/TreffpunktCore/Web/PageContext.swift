import Vapor

/// What the layout needs from a request: who is looking, in which language, the form token and pending messages.
package struct PageContext: Sendable {
    package let language: AppLanguage
    package let viewer: Viewer?
    package let csrfToken: String
    package let flashes: [FlashMessage]
    package let instanceName: String
    /// The organisation running this Treffpunkt, shown beside its name ("Musterfirma GmbH").
    package let organisationName: String?
    /// The path being shown, so the language switch can return to it.
    package let currentPath: String
    /// Unread notifications of the viewer, for the badge in the navigation.
    package let unreadNotifications: Int
    /// Unread chat messages of the viewer, for the badge of "Nachrichten".
    package let unreadChats: Int

    package init(language: AppLanguage, viewer: Viewer?, csrfToken: String, flashes: [FlashMessage], instanceName: String, organisationName: String?, currentPath: String, unreadNotifications: Int = 0, unreadChats: Int = 0) {
        self.language = language
        self.viewer = viewer
        self.csrfToken = csrfToken
        self.flashes = flashes
        self.instanceName = instanceName
        self.organisationName = organisationName
        self.currentPath = currentPath
        self.unreadNotifications = unreadNotifications
        self.unreadChats = unreadChats
    }

    /// Shorthand for views: `context.t(SomeText.title)`.
    package func t(_ text: LocalizedText) -> String {
        text(language)
    }
}

extension Request {
    package func pageContext() async throws -> PageContext {
        var unread = 0
        if let viewer, let source = application.unreadNotifications {
            unread = try await source.unreadCount(for: viewer.id, on: db)
        }
        var unreadChats = 0
        if let viewer, let source = application.unreadChats {
            unreadChats = try await source.unreadCount(for: viewer.id, on: db)
        }
        return PageContext(
            language: language,
            viewer: viewer,
            csrfToken: csrfToken(),
            flashes: takeFlashes(),
            instanceName: config.instanceName,
            organisationName: try await application.instanceSettings.value(InstanceSettings.organisationNameKey, on: db),
            currentPath: url.path,
            unreadNotifications: unread,
            unreadChats: unreadChats
        )
    }
}
