import Fluent
import Media
import TreffpunktCore
import Vapor

/// Mastodon's account endpoints that concern one's own account and looking members up.
struct AccountsAPIController {
    func boot(_ api: any RoutesBuilder) {
        let accounts = api.grouped("v1", "accounts")
        accounts.get("verify_credentials", use: verifyCredentials)
        // Streamed: `avatar` and `header` pictures go to disk as they arrive.
        accounts.on(.PATCH, "update_credentials", body: .stream, use: updateCredentials)
        accounts.get("lookup", use: lookup)
        accounts.get(":id", use: show)
    }

    /// Mastodon's `update_credentials` fields, form-encoded, JSON or multipart (with `avatar` and
    /// `header` files); `source[language]` sets the language.
    private struct CredentialsUpdate: Content {
        struct Source: Content {
            var language: String?
        }
        var display_name: String?
        var note: String?
        var position: String?
        var department: String?
        var source: Source?
    }

    @Sendable func verifyCredentials(req: Request) async throws -> MastodonAccount {
        try req.requireScope("read", "read:accounts", "profile")
        let user = try req.requireUser()
        return try await Self.account(user, req: req, includeSource: true)
    }

    @Sendable func updateCredentials(req: Request) async throws -> MastodonAccount {
        try req.requireScope("write", "write:accounts")
        let user = try req.requireUser()
        var update: CredentialsUpdate
        var upload: MultipartUpload?
        if req.carriesFiles {
            let form = try await MultipartUpload.read(req, maxFileBytes: req.config.mediaLimits.maxImageBytes, maxFiles: 2)
            upload = form
            update = CredentialsUpdate(display_name: form.field("display_name"), note: form.field("note"),
                                       position: form.field("position"), department: form.field("department"),
                                       source: form.field("source[language]").map { CredentialsUpdate.Source(language: $0) })
        } else {
            _ = try await req.body.collect(max: req.application.routes.defaultMaxBodySize.value).get()
            update = try req.fields(CredentialsUpdate.self, orIfEmpty: CredentialsUpdate())
        }
        defer { upload?.removeFiles() }
        if let failure = upload?.failure { throw failure }
        let input = AccountService.ProfileInput(displayName: update.display_name, bio: update.note, position: update.position,
                                                department: update.department, language: update.source?.language)
        let errors = try await AccountService(database: req.db, hashing: req.passwordHashing).updateProfile(of: user, with: input)
        guard errors.isEmpty else {
            throw Abort(.unprocessableEntity, reason: "\(AccountsText.validationFailed(req.language)): \(errors.summary(in: req.language))")
        }
        let pictures = ProfilePictures(database: req.db, media: req.mediaService)
        for purpose in [MediaPurpose.avatar, .header] {
            if let file = upload?.files.first(where: { $0.field == purpose.rawValue }) {
                try await pictures.set(purpose, of: user, from: file)
            }
        }
        return try await Self.account(user, req: req, includeSource: true)
    }

    @Sendable func lookup(req: Request) async throws -> MastodonAccount {
        guard var acct = req.query[String.self, at: "acct"], !acct.isEmpty else {
            throw Abort(.badRequest, reason: AccountsText.acctMissing(req.language))
        }
        if acct.hasPrefix("@") { acct.removeFirst() }
        let localPart = acct.split(separator: "@").first.map(String.init) ?? acct
        guard let user = try await AccountQueries.user(usernameKey: localPart.lowercased(), on: req.db) else {
            throw Abort(.notFound, reason: AccountsText.recordNotFound(req.language))
        }
        return try await Self.account(user, req: req)
    }

    @Sendable func show(req: Request) async throws -> MastodonAccount {
        guard let id = req.parameters.get("id", as: Int64.self), let user = try await User.find(id, on: req.db) else {
            throw Abort(.notFound, reason: AccountsText.recordNotFound(req.language))
        }
        return try await Self.account(user, req: req)
    }

    private static func account(_ user: User, req: Request, includeSource: Bool = false) async throws -> MastodonAccount {
        let statistics = try await req.accountStatistics(for: [user.requireID()])[user.requireID()] ?? AccountStatistics()
        return MastodonAccount(user, statistics: statistics, publicURL: req.config.publicURL, language: req.language,
                               showsWorkDetails: WorkDetailsPolicy.isVisible(toEmployee: req.viewer?.isEmployee == true), includeSource: includeSource)
    }
}
