import Fluent
import TreffpunktCore
import Vapor

/// Changing the password and deleting one's own account.
struct AccountSettingsController {
    func boot(_ web: any RoutesBuilder) {
        web.get(SiteURL.settingsAccount.route, use: show)
        web.post(SiteURL.settingsPassword.route, use: changePassword)
        web.post(SiteURL.settingsDelete.route, use: deleteAccount)
    }

    private struct PasswordForm: Content {
        var current_password: String?
        var new_password: String?
        /// Sent only when the box is ticked, as browsers send checkboxes.
        var sign_out_apps: String?
    }

    private struct DeleteForm: Content {
        var password: String?
    }

    @Sendable func show(req: Request) async throws -> Response {
        _ = try req.requireUser()
        return AccountSettingsPage.render(.init(), context: try await req.pageContext()).response()
    }

    @Sendable func changePassword(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let form = try req.content.decode(PasswordForm.self)
        let signOutApps = form.sign_out_apps != nil
        let errors = try await service(req).changePassword(of: user, current: form.current_password ?? "", new: form.new_password ?? "",
                                                           signOutApps: signOutApps)
        guard errors.isEmpty else {
            return AccountSettingsPage.render(.init(passwordErrors: errors, signOutApps: signOutApps), context: try await req.pageContext())
                .response(status: .unprocessableEntity)
        }
        req.refreshSession(for: user)
        req.flash(.success, signOutApps ? AccountsText.passwordChangedAppsSignedOut : AccountsText.passwordChanged)
        return req.redirect(to: .settingsAccount)
    }

    @Sendable func deleteAccount(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let form = try req.content.decode(DeleteForm.self)
        let errors = try await service(req).deleteAccount(user, password: form.password ?? "")
        guard errors.isEmpty else {
            return AccountSettingsPage.render(.init(deleteErrors: errors), context: try await req.pageContext())
                .response(status: .unprocessableEntity)
        }
        try await req.endSession()
        req.flash(.info, AccountsText.accountDeleted)
        return req.redirect(to: .login)
    }

    private func service(_ req: Request) -> AccountService {
        AccountService(database: req.db, hashing: req.passwordHashing)
    }
}
