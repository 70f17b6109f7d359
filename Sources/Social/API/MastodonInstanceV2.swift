import Accounts
import Vapor

/// Mastodon's instance description, version 2 (`GET /api/v2/instance`), which current clients read.
struct MastodonInstanceV2: Content {
    struct Usage: Content {
        struct Users: Content {
            let active_month: Int
        }
        let users: Users
    }

    struct Thumbnail: Content {
        let url: String
    }

    struct Registrations: Content {
        let enabled: Bool
        let approval_required: Bool
        let message: String?
        let url: String?

        private enum CodingKeys: String, CodingKey {
            case enabled, approval_required, message, url
        }

        init(enabled: Bool, message: String?) {
            self.enabled = enabled
            approval_required = false
            self.message = message
            url = nil
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(enabled, forKey: .enabled)
            try container.encode(approval_required, forKey: .approval_required)
            try container.encode(message, forKey: .message)
            try container.encode(url, forKey: .url)
        }
    }

    struct APIVersions: Content {
        let mastodon: Int
    }

    struct Contact: Content {
        let email: String
        let account: MastodonAccount?

        private enum CodingKeys: String, CodingKey {
            case email, account
        }

        init(email: String) {
            self.email = email
            account = nil
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(email, forKey: .email)
            try container.encode(account, forKey: .account)
        }
    }

    let domain: String
    let title: String
    let version: String
    let source_url: String
    let description: String
    let usage: Usage
    let thumbnail: Thumbnail
    let icon: [String]
    let languages: [String]
    let configuration: MastodonInstanceConfiguration
    let registrations: Registrations
    /// Mastodon 4.3 speaks version 2 of its API; Mastodon.py warns when this is missing.
    let api_versions: APIVersions
    let contact: Contact
    let rules: [String]

    init(_ facts: InstanceFacts) {
        domain = facts.address.domain
        title = facts.title
        version = SoftwareVersion.mastodonCompatible
        // Treffpunkt's source is not published at an address of its own; the installation stands for it.
        source_url = facts.address.publicURL
        description = facts.description
        usage = Usage(users: Usage.Users(active_month: facts.figures.activeMembers))
        thumbnail = Thumbnail(url: facts.thumbnailURL)
        icon = []
        languages = InstanceFacts.languages
        configuration = MastodonInstanceConfiguration(address: facts.address, mediaLimits: facts.mediaLimits)
        registrations = Registrations(enabled: facts.registrationsOpen, message: facts.registrationMessage)
        api_versions = APIVersions(mastodon: 2)
        contact = Contact(email: facts.contactEmail)
        rules = []
    }
}
