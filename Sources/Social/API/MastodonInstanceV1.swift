import Accounts
import Vapor

/// Mastodon's instance description, version 1 (`GET /api/v1/instance`), which older clients read.
struct MastodonInstanceV1: Content {
    struct URLs: Content {
        let streaming_api: String
    }

    struct Stats: Content {
        let user_count: Int
        let status_count: Int
        let domain_count: Int
    }

    let uri: String
    let title: String
    let short_description: String
    let description: String
    let email: String
    let version: String
    let urls: URLs
    let stats: Stats
    let thumbnail: String
    let languages: [String]
    let registrations: Bool
    let approval_required: Bool
    let invites_enabled: Bool
    let configuration: MastodonInstanceConfiguration
    let contact_account: MastodonAccount?
    let rules: [String]

    init(_ facts: InstanceFacts) {
        uri = facts.address.domain
        title = facts.title
        short_description = facts.description
        description = facts.description
        email = facts.contactEmail
        version = SoftwareVersion.mastodonCompatible
        urls = URLs(streaming_api: facts.address.streamingURL)
        // No federation: no other domains are known.
        stats = Stats(user_count: facts.figures.members, status_count: facts.figures.posts, domain_count: 0)
        thumbnail = facts.thumbnailURL
        languages = InstanceFacts.languages
        registrations = facts.registrationsOpen
        approval_required = false
        invites_enabled = true
        configuration = MastodonInstanceConfiguration(address: facts.address, mediaLimits: facts.mediaLimits)
        contact_account = nil
        rules = []
    }

    private enum CodingKeys: String, CodingKey {
        case uri, title, short_description, description, email, version, urls, stats, thumbnail, languages
        case registrations, approval_required, invites_enabled, configuration, contact_account, rules
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(uri, forKey: .uri)
        try container.encode(title, forKey: .title)
        try container.encode(short_description, forKey: .short_description)
        try container.encode(description, forKey: .description)
        try container.encode(email, forKey: .email)
        try container.encode(version, forKey: .version)
        try container.encode(urls, forKey: .urls)
        try container.encode(stats, forKey: .stats)
        try container.encode(thumbnail, forKey: .thumbnail)
        try container.encode(languages, forKey: .languages)
        try container.encode(registrations, forKey: .registrations)
        try container.encode(approval_required, forKey: .approval_required)
        try container.encode(invites_enabled, forKey: .invites_enabled)
        try container.encode(configuration, forKey: .configuration)
        try container.encode(contact_account, forKey: .contact_account)
        try container.encode(rules, forKey: .rules)
    }
}
