import Accounts
import Foundation
import TreffpunktCore
import Vapor

extension Request {
    /// Endpoints visitors may call too: a token, if one came, must still carry one of the scopes
    /// (Mastodon's `authorize_if_got_token!`).
    func authorizeIfGotToken(_ accepted: String...) throws {
        guard let granted = viewer?.tokenScopes else { return }
        guard accepted.contains(where: granted.contains) else {
            throw Abort(.forbidden, reason: CoreText.outsideScopes(language))
        }
    }

    /// The member named by the path's `id`; anything else is not found.
    func memberParameter() async throws -> MemberSummary {
        guard let id = parameters.get("id", as: Int64.self), let member = try await MemberLookup(database: db).member(id: id) else {
            throw UserFacingError.notFound(SocialText.memberNotFound)
        }
        return member
    }

    /// A query flag as Mastodon clients send it: `true`/`1` (form and query strings carry no booleans).
    func queryFlag(_ name: String) -> Bool {
        guard let raw = query[String.self, at: name]?.lowercased() else { return false }
        return raw == "true" || raw == "1"
    }

    /// `name[]=a&name[]=b`, `name=a` or `name=a,b`.
    func queryList(_ name: String) -> [String] {
        (try? query.get([String].self, at: name)) ?? []
    }

    func mastodonStatuses(_ posts: [Post]) async throws -> [MastodonStatus] {
        let presented = try await present(posts)
        let renderer = try await MastodonRenderer.load(for: self, posts: presented)
        return presented.map { renderer.status($0) }
    }

    func mastodonStatus(_ post: Post, withSource: Bool = false) async throws -> MastodonStatus {
        let presented = try await present([post])
        guard let first = presented.first else { throw UserFacingError.notFound(SocialText.postNotFound) }
        return try await MastodonRenderer.load(for: self, posts: presented).status(first, withSource: withSource)
    }

    /// Accounts in the order of `ids`; ids of members who no longer exist are left out.
    package func mastodonAccounts(_ ids: [Int64]) async throws -> [MastodonAccount] {
        let members = try await MemberLookup(database: db).members(ids: ids)
        let ordered = ids.compactMap { members[$0] }
        let renderer = try await MastodonRenderer.load(for: self, members: ordered)
        return ordered.map(renderer.account)
    }
}
