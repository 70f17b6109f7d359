import Fluent
import TreffpunktCore

/// Who may fetch a medium's files: its owner; everyone for avatars and header images; for an
/// attachment, whoever may see what carries it, asked of the feature that owns that (the visibility
/// policy decides, at the moment of the request). An attachment carried by nothing is the owner's alone.
package struct MediaAccess {
    let database: any Database
    let audiences: [any MediaAudienceSource]

    package init(database: any Database, audiences: [any MediaAudienceSource]) {
        self.database = database
        self.audiences = audiences
    }

    package func mayView(_ medium: MediaAttachment, viewerID: Int64?) async throws -> Bool {
        if let viewerID, medium.ownerID == viewerID { return true }
        switch medium.purpose {
        case .avatar, .header:
            return true
        case .attachment:
            for audience in audiences
            where try await audience.visibleMedia([medium.requireID()], to: viewerID, on: database).contains(medium.requireID()) {
                return true
            }
            return false
        }
    }
}
