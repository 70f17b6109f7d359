import Vapor

/// Mastodon's description of the installation, which clients read before anything else.
struct InstanceAPIController {
    func boot(_ api: any RoutesBuilder) {
        api.get("v1", "instance", use: v1)
        api.get("v2", "instance", use: v2)
        api.get("v1", "instance", "peers", use: nothing)
        api.get("v1", "instance", "rules", use: nothing)
        api.get("v1", "custom_emojis", use: nothing)
    }

    @Sendable func v1(req: Request) async throws -> MastodonInstanceV1 {
        MastodonInstanceV1(try await InstanceFacts.load(for: req))
    }

    @Sendable func v2(req: Request) async throws -> MastodonInstanceV2 {
        MastodonInstanceV2(try await InstanceFacts.load(for: req))
    }

    /// No federation peers, no rules, no custom emoji: empty lists.
    @Sendable func nothing(req: Request) async throws -> [String] {
        []
    }
}
