import Fluent
import Media
import TreffpunktCore

/// Sets and removes a member's profile picture and header image. A replaced or removed picture is
/// deleted with its files: nothing of it stays served.
struct ProfilePictures {
    let database: any Database
    let media: MediaService

    func set(_ purpose: MediaPurpose, of user: User, from file: UploadedFile) async throws {
        let medium = try await media.upload(file, by: user.requireID(), purpose: purpose)
        let previous = slot(purpose, of: user)
        do {
            switch purpose {
            case .avatar: user.avatarMediaID = medium.requireID()
            case .header: user.headerMediaID = medium.requireID()
            case .attachment: preconditionFailure("profile pictures are avatars and headers")
            }
            try await user.save(on: database)
        } catch {
            try? await media.discard(medium)
            throw error
        }
        try await discard(previous)
    }

    func remove(_ purpose: MediaPurpose, of user: User) async throws {
        let previous = slot(purpose, of: user)
        switch purpose {
        case .avatar: user.avatarMediaID = nil
        case .header: user.headerMediaID = nil
        case .attachment: return
        }
        try await user.save(on: database)
        try await discard(previous)
    }

    private func slot(_ purpose: MediaPurpose, of user: User) -> Int64? {
        switch purpose {
        case .avatar: user.avatarMediaID
        case .header: user.headerMediaID
        case .attachment: nil
        }
    }

    private func discard(_ mediumID: Int64?) async throws {
        guard let mediumID, let medium = try await MediaLookup(database: database).media(ids: [mediumID])[mediumID] else { return }
        try await media.discard(medium)
    }
}
