import Fluent
import Media
import TreffpunktCore
import Vapor

/// The members directory and editing one's own profile. (Profiles with their Pinnwand live in Social.)
struct ProfileController {
    func boot(_ web: any RoutesBuilder) {
        web.get(SiteURL.people.route, use: people)
        web.get(SiteURL.settingsProfile.route, use: editProfile)
        web.post(SiteURL.settingsProfile.route, use: saveProfile)
        // Streamed: pictures go to disk as they arrive.
        web.on(.POST, SiteURL.settingsPictures.route, body: .stream, use: savePictures)
    }

    private struct ProfileForm: Content {
        var display_name: String?
        var bio: String?
        var position: String?
        var department: String?
        var language: String?
    }

    @Sendable func people(req: Request) async throws -> Response {
        guard try req.requireViewer().isEmployee else { throw UserFacingError.notFound() }
        let page = try await MemberDirectory(database: req.db).page(after: req.query["after"])
        let model = PeoplePage.Model(people: page.members.map(person), nextCursor: page.nextCursor)
        return PeoplePage.render(model, context: try await req.pageContext()).response()
    }

    @Sendable func editProfile(req: Request) async throws -> Response {
        let user = try req.requireUser()
        return ProfileSettingsPage.render(settingsModel(user), context: try await req.pageContext()).response()
    }

    /// Profile picture and header image: each uploaded, replaced or removed in one form.
    @Sendable func savePictures(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let upload = try await MultipartUpload.read(req, maxFileBytes: req.config.mediaLimits.maxImageBytes, maxFiles: 2)
        defer { upload.removeFiles() }
        let pictures = ProfilePictures(database: req.db, media: req.mediaService)
        do {
            if let failure = upload.failure { throw failure }
            for purpose in [MediaPurpose.avatar, .header] {
                if upload.field("remove_\(purpose.rawValue)") != nil {
                    try await pictures.remove(purpose, of: user)
                } else if let file = upload.files.first(where: { $0.field == purpose.rawValue }) {
                    try await pictures.set(purpose, of: user, from: file)
                }
            }
        } catch let error as UserFacingError where error.status == .unprocessableEntity || error.status == .payloadTooLarge {
            var model = settingsModel(user)
            model.picturesError = error.message
            return ProfileSettingsPage.render(model, context: try await req.pageContext()).response(status: error.status)
        }
        req.flash(.success, AccountsText.picturesSaved)
        return req.redirect(to: SiteURL.settingsProfile.path, redirectType: .normal)
    }

    private func settingsModel(_ user: User) -> ProfileSettingsPage.Model {
        ProfileSettingsPage.Model(displayName: user.displayName, bio: user.bio, position: user.position,
                                  department: user.department, language: user.language?.rawValue ?? "",
                                  avatarMediaID: user.avatarMediaID, headerMediaID: user.headerMediaID)
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
                                                  language: form.language ?? "", avatarMediaID: user.avatarMediaID,
                                                  headerMediaID: user.headerMediaID, errors: errors)
            return ProfileSettingsPage.render(model, context: try await req.pageContext()).response(status: .unprocessableEntity)
        }
        if let language = user.language {
            req.session.data[SessionKeys.language] = language.rawValue
        }
        req.flash(.success, AccountsText.profileSaved)
        return req.redirect(to: .profile(username: user.username))
    }

    private func person(_ user: User) -> PeoplePage.Person {
        PeoplePage.Person(username: user.username, displayName: user.displayName, position: user.position, department: user.department,
                          affiliation: user.affiliation)
    }
}
