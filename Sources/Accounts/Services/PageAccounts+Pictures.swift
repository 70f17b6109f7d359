import Fluent
import Media
import TreffpunktCore

/// A page's logo (its profile picture) and header image, kept as a person's are (`ProfilePictures`):
/// a replaced or removed picture goes with its files.
extension PageAccounts {
    /// Sets (`file`) or removes (`nil`) the page's logo or header image.
    package func setPicture(_ purpose: MediaPurpose, of pageID: Int64, to file: UploadedFile?, media: MediaService) async throws {
        guard purpose != .attachment, let user = try await User.find(pageID, on: database), user.kind == .page else {
            throw UserFacingError.notFound()
        }
        let pictures = ProfilePictures(database: database, media: media)
        if let file {
            try await pictures.set(purpose, of: user, from: file)
        } else {
            try await pictures.remove(purpose, of: user)
        }
    }
}
