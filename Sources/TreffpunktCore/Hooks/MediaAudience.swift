import Fluent
import Vapor

/// Who may see a medium attached to something another feature owns: the posting feature answers
/// by the visibility of the post that carries it. The media feature asks without knowing posts.
package protocol MediaAudienceSource: Sendable {
    /// Of these attached media, the ones `viewerID` (nil: a visitor) may see now.
    func visibleMedia(_ mediaIDs: [Int64], to viewerID: Int64?, on database: any Database) async throws -> Set<Int64>
}

extension Application {
    private struct MediaAudienceKey: StorageKey {
        typealias Value = any MediaAudienceSource
    }

    package var mediaAudience: (any MediaAudienceSource)? {
        get { storage[MediaAudienceKey.self] }
        set { storage[MediaAudienceKey.self] = newValue }
    }
}
