import Fluent
import Foundation
import TreffpunktCore

/// Invitations that let one person register while registration is closed.
struct InvitationService {
    static let validity: TimeInterval = 14 * 24 * 3600

    struct AlreadyRedeemed: Error {}

    let database: any Database

    /// Creates an invitation and returns it with its code, which is stored only as a digest.
    func create(by adminID: Int64, email: String?, now: Date = Date()) async throws -> (Invitation, code: String) {
        let code = RandomToken.make(byteCount: 18)
        let invitation = Invitation(codeDigest: RandomToken.digest(code), email: email, createdBy: adminID,
                                    expiresAt: now.addingTimeInterval(Self.validity))
        try await invitation.create(on: database)
        return (invitation, code)
    }

    func usableInvitation(code: String, now: Date) async throws -> Invitation? {
        let invitation = try await Invitation.query(on: database)
            .filter(\.$codeDigest == RandomToken.digest(code))
            .first()
        return invitation.flatMap { $0.isUsable(at: now) ? $0 : nil }
    }

    /// Marks the invitation used; the conditional update makes a second, racing use fail.
    func redeem(_ invitation: Invitation, by userID: Int64, now: Date) async throws {
        let id = try invitation.requireID()
        try await Invitation.query(on: database)
            .filter(\.$id == id)
            .filter(\.$usedAt == nil)
            .set(\.$usedAt, to: now)
            .set(\.$usedBy.$id, to: userID)
            .update()
        let stored = try await Invitation.find(id, on: database)
        guard stored?.$usedBy.id == userID else { throw AlreadyRedeemed() }
    }

    func list(limit: Int = 100) async throws -> [Invitation] {
        try await Invitation.query(on: database).sort(\.$id, .descending).limit(limit).all()
    }
}
