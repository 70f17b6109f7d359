import Fluent
import TreffpunktCore
import Vapor

struct PostingSettingsController {
    func boot(_ web: any RoutesBuilder) {
        web.get(SiteURL.settingsPosting.route, use: show)
        web.post(SiteURL.settingsPosting.route, use: save)
    }

    @Sendable func show(req: Request) async throws -> Response {
        let viewer = try req.requireViewer()
        let preferences = try await Relations(database: req.db).preferences(of: viewer.id)
        let mailChoice = try await NotificationMailPreference(database: req.db).choice(of: viewer.id)
        return PostingSettingsPage.render(defaultVisibility: preferences.defaultVisibility, acceptsFollowers: preferences.acceptsFollowers,
                                          mailChoice: mailChoice, context: try await req.pageContext()).response()
    }

    private struct Form: Content {
        var default_visibility: String?
        var accepts_followers: String?
        var notification_mail: String?
    }

    @Sendable func save(req: Request) async throws -> Response {
        let viewer = try req.requireViewer()
        let form = try req.content.decode(Form.self)
        guard let visibility = form.default_visibility.flatMap(PostVisibility.init(name:)) else {
            throw UserFacingError(.unprocessableEntity, SocialText.unknownVisibility)
        }
        // A form without the field (an older page) keeps the choice; an unknown value is refused.
        if let raw = form.notification_mail {
            guard let mailChoice = NotificationMailChoice(rawValue: raw) else {
                throw UserFacingError(.unprocessableEntity, SocialText.unknownMailChoice)
            }
            try await NotificationMailPreference(database: req.db).set(mailChoice, for: viewer.id)
        }
        try await RelationshipService(database: req.db).setPreferences(of: viewer.id, defaultVisibility: visibility,
                                                                       acceptsFollowers: form.accepts_followers?.isEmpty == false)
        req.flash(.success, SocialText.preferencesSaved)
        return req.redirect(to: .settingsPosting)
    }
}
