import Foundation
import Vapor
import TreffpunktCore

/// A member in the shape of Mastodon's `Account` entity, so Mastodon clients understand it.
/// Position and department travel as profile fields, the place Mastodon keeps such facts.
struct MastodonAccount: Content {
    struct Field: Codable, Sendable {
        let name: String
        let value: String
        let verified_at: String?
    }

    struct Source: Codable, Sendable {
        let privacy: String
        let sensitive: Bool
        let language: String?
        let note: String
        let fields: [Field]
        let follow_requests_count: Int
    }

    let id: String
    let username: String
    let acct: String
    let display_name: String
    let locked: Bool
    let bot: Bool
    let discoverable: Bool
    let group: Bool
    let created_at: String
    let note: String
    let url: String
    let uri: String
    let avatar: String
    let avatar_static: String
    let header: String
    let header_static: String
    let followers_count: Int
    let following_count: Int
    let statuses_count: Int
    let last_status_at: String?
    let emojis: [String]
    let fields: [Field]
    var source: Source?
    var role: MastodonRole?

    struct MastodonRole: Codable, Sendable {
        let id: String
        let name: String
        let color: String
        let permissions: String
        let highlighted: Bool
    }

    init(_ user: User, publicURL: String, language: AppLanguage, includeSource: Bool = false) {
        let profileURL = "\(publicURL)\(SiteURL.profile(username: user.username).path)"
        let fields = [
            (AccountsText.position(language), user.position),
            (AccountsText.department(language), user.department),
        ].filter { !$0.1.isEmpty }.map { Field(name: $0.0, value: HTMLEscaping.escape($0.1), verified_at: nil) }
        id = String(user.requireID())
        username = user.username
        acct = user.username
        display_name = user.displayName
        // People confirm friendships: following a person asks them first.
        locked = true
        bot = false
        discoverable = true
        group = false
        created_at = MastodonDate.string(user.createdAt ?? Date())
        note = HTMLEscaping.paragraphs(user.bio)
        url = profileURL
        uri = profileURL
        avatar = "\(publicURL)/images/avatar.png"
        avatar_static = avatar
        header = "\(publicURL)/images/header.png"
        header_static = header
        followers_count = 0
        following_count = 0
        statuses_count = 0
        last_status_at = nil
        emojis = []
        self.fields = fields
        if includeSource {
            source = Source(privacy: "public", sensitive: false, language: user.language?.rawValue, note: user.bio,
                            fields: fields.map { Field(name: $0.name, value: $0.value, verified_at: nil) },
                            follow_requests_count: 0)
            if user.role == .admin {
                role = MastodonRole(id: "3", name: "Admin", color: "", permissions: "1", highlighted: true)
            }
        }
    }
}
