import Fluent
import TreffpunktCore
import Vapor

/// The members directory and editing one's own profile. (Profiles with their Pinnwand live in Social.)
struct ProfileController {
    func boot(_ web: any RoutesBuilder) {
        web.get(SiteURL.people.route, use: people)
        web.get(SiteURL.settingsProfile.route, use: editProfile)
        web.post(SiteURL.settingsProfile.route, use: saveProfile)
    }

    private struct ProfileForm: Content {
        var display_name: String?
        var bio: String?
        var position: String?
        var department: String?
        var language: String?
    }

    @Sendable func people(req: Request) async throws -> Response {
        _ = try req.requireViewer()
        let page = try await MemberDirectory(database: req.db).page(after: req.query["after"])
        let model = PeoplePage.Model(people: page.members.map(person), nextCursor: page.nextCursor)
        return PeoplePage.render(model, context: try await req.pageContext()).response()
    }

    @Sendable func editProfile(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let model = ProfileSettingsPage.Model(displayName: user.displayName, bio: user.bio, position: user.position,
                                              department: user.department, language: user.language?.rawValue ?? "")
        return ProfileSettingsPage.render(model, context: try await req.pageContext()).response()
    }

    @Sendable func saveProfile(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let form = try req.content.decode(ProfileForm.self)
        let input = AccountService.ProfileInput(displayName: form.display_name ?? "", bio: form.bio ?? "",
                                                position: form.position ?? "", department: form.department ?? "",
                                                language: form.language ?? "")
        let errors = try await AccountService(database: req.db, hashing: req.passwordHashing).updateProfile(of: user, with: input)
        guard errors.isEmpty else {
            let model = ProfileSettingsPage.Model(displayName: form.display_name ?? "", bio: form.bio ?? "",
                                                  position: form.position ?? "", department: form.department ?? "",
                                                  language: form.language ?? "", errors: errors)
            return ProfileSettingsPage.render(model, context: try await req.pageContext()).response(status: .unprocessableEntity)
        }
        if let language = user.language {
            req.session.data[SessionKeys.language] = language.rawValue
        }
        req.flash(.success, AccountsText.profileSaved)
        return req.redirect(to: .profile(username: user.username))
    }

    private func person(_ user: User) -> PeoplePage.Person {
        PeoplePage.Person(username: user.username, displayName: user.displayName, position: user.position, department: user.department)
    }
}
