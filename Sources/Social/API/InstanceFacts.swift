import TreffpunktCore
import Vapor

/// What both instance answers (v1 and v2) say about this installation, gathered once per request.
struct InstanceFacts: Sendable {
    let address: PublicAddress
    let title: String
    let description: String
    let figures: InstanceFigures
    let registrationsOpen: Bool
    let registrationMessage: String?
    let mediaLimits: MediaLimits
    /// Mastodon asks for a contact address. Until an operator can set one, it is the postmaster of
    /// the public host, the mailbox every mail domain must have (RFC 5321), never a person's address.
    var contactEmail: String { "postmaster@\(address.host)" }
    var thumbnailURL: String { address.publicURL + "/images/header.png" }
    static let languages = ["de", "en"]

    static func load(for req: Request) async throws -> InstanceFacts {
        let config = req.config
        let message: LocalizedText? = switch config.registrationMode {
        case .open: nil
        case .domain: SocialText.registrationForDomains(config.registrationDomains.joined(separator: ", "))
        case .closed: SocialText.registrationByInvitation
        }
        return InstanceFacts(address: PublicAddress(publicURL: config.publicURL), title: config.instanceName,
                             description: SocialText.instanceDescription(req.language),
                             figures: try await req.application.instanceFiguresCache.figures(on: req.db),
                             registrationsOpen: config.registrationMode != .closed,
                             registrationMessage: message.map { $0(req.language) }, mediaLimits: config.mediaLimits)
    }
}
