import Accounts
import Foundation
import TreffpunktCore
import Vapor

/// How other software finds this installation and its members: WebFinger and NodeInfo.
struct DiscoveryController {
    func boot(_ root: any RoutesBuilder) {
        root.get(".well-known", "webfinger", use: webfinger)
        root.get(".well-known", "nodeinfo", use: nodeInfoLinks)
        root.get("nodeinfo", "2.0", use: nodeInfo)
    }

    /// `resource` is `acct:name@domain` (the domain may be left out) or the address of a profile.
    @Sendable func webfinger(req: Request) async throws -> Response {
        let address = PublicAddress(publicURL: req.config.publicURL)
        guard let resource = req.query[String.self, at: "resource"]?.trimmingCharacters(in: .whitespaces), !resource.isEmpty else {
            throw UserFacingError(.badRequest, SocialText.invalidResource)
        }
        guard let username = try Self.username(in: resource, address: address),
              let member = try await MemberLookup(database: req.db).member(handle: username) else {
            throw UserFacingError.notFound(SocialText.memberNotFound)
        }
        let profileURL = address.publicURL + SiteURL.profile(username: member.username).path
        return try Self.json(WebFingerResource(username: member.username, domain: address.domain, profileURL: profileURL),
                             as: WebFingerResource.contentType)
    }

    @Sendable func nodeInfoLinks(req: Request) async throws -> NodeInfoLinks {
        NodeInfoLinks(links: [NodeInfoLinks.Link(rel: NodeInfo.schema, href: req.config.publicURL + "/nodeinfo/2.0")])
    }

    @Sendable func nodeInfo(req: Request) async throws -> Response {
        try Self.json(NodeInfo(try await InstanceFacts.load(for: req)), as: NodeInfo.contentType)
    }

    /// JSON under the media type the protocol names (Vapor encodes only the plain JSON type).
    private static func json(_ body: some Content, as type: HTTPMediaType) throws -> Response {
        let response = Response(status: .ok)
        try response.content.encode(body, as: .json)
        response.headers.contentType = type
        return response
    }

    /// The username a resource names, or `nil` when it names something elsewhere (not found here).
    /// A resource that is neither a handle nor an address is malformed.
    static func username(in resource: String, address: PublicAddress) throws -> String? {
        if resource.lowercased().hasPrefix("acct:") {
            let handle = resource.dropFirst("acct:".count)
            let parts = handle.split(separator: "@", omittingEmptySubsequences: false)
            guard (1...2).contains(parts.count), let name = parts.first, !name.isEmpty, !(parts.count == 2 && parts[1].isEmpty) else {
                throw UserFacingError(.badRequest, SocialText.invalidResource)
            }
            if parts.count == 2 {
                let domain = parts[1].lowercased()
                guard domain == address.domain.lowercased() || domain == address.host.lowercased() else { return nil }
            }
            return String(name)
        }
        guard let url = URLComponents(string: resource), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme),
              url.host != nil else {
            throw UserFacingError(.badRequest, SocialText.invalidResource)
        }
        let profilePrefix = address.publicURL + "/@"
        guard resource.hasPrefix(profilePrefix) else { return nil }
        let name = String(resource.dropFirst(profilePrefix.count))
        guard !name.isEmpty, !name.contains("/") else { return nil }
        return name
    }
}
