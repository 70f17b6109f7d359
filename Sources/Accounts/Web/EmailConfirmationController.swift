import TreffpunktCore
import Vapor

/// The link of the confirmation mail, and the login page's button that sends a new one.
struct EmailConfirmationController {
    /// The account whose password this session proved while it was unconfirmed: the only one it may
    /// ask a new link for, so nobody can flood another person's mailbox.
    static let pendingAccountKey = "confirmation_pending_user_id"

    func boot(_ web: any RoutesBuilder) {
        web.get(EmailConfirmationURL.confirm(token: "").route, use: confirm)
        web.post(EmailConfirmationURL.resend.route, use: resend)
    }

    @Sendable func confirm(req: Request) async throws -> Response {
        guard let token = req.query[String.self, at: "token"], !token.isEmpty else {
            throw UserFacingError(.badRequest, AccountsText.confirmationTokenMissing)
        }
        let service = EmailConfirmationService(database: req.db, config: req.config)
        switch try await service.confirm(token: token, now: Date()) {
        case .confirmed(let user):
            try await req.startSession(for: user)
            req.flash(.success, AccountsText.emailConfirmed(user.displayName))
            return req.redirect(to: .home)
        case .unknown: throw UserFacingError(.notFound, AccountsText.confirmationTokenUnknown)
        case .used: throw UserFacingError(.gone, AccountsText.confirmationTokenUsed)
        case .expired: throw UserFacingError(.gone, AccountsText.confirmationTokenExpired)
        }
    }

    @Sendable func resend(req: Request) async throws -> Response {
        guard let stored = req.session.data[Self.pendingAccountKey], let userID = Int64(stored) else {
            throw UserFacingError(.forbidden, AccountsText.resendNeedsLogin)
        }
        let service = EmailConfirmationService(database: req.db, config: req.config)
        switch try await service.resend(toUserID: userID, language: req.language, now: Date()) {
        case .sent:
            req.flash(.success, AccountsText.confirmationResent)
        case .tooSoon(let seconds):
            throw Abort(.tooManyRequests, headers: [HTTPHeaders.Name.retryAfter.description: String(seconds)],
                        reason: AccountsText.resendTooSoon(minutes: (seconds + 59) / 60)(req.language))
        case .alreadyConfirmed:
            req.session.data[Self.pendingAccountKey] = nil
            req.flash(.info, AccountsText.alreadyConfirmed)
        }
        return req.redirect(to: .login)
    }
}
