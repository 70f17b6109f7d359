import Fluent
import Vapor

/// Who may see a medium attached to something another feature owns: the posting feature answers
/// by the visibility of the post that carries it, the blogs by that of the article it is the cover of.
/// The media feature asks each without knowing posts or articles.
package protocol MediaAudienceSource: Sendable {
    /// Of these attached media, the ones `viewerID` (nil: a visitor) may see now.
    func visibleMedia(_ mediaIDs: [Int64], to viewerID: Int64?, on database: any Database) async throws -> Set<Int64>
}

extension Application {
    private struct MediaAudienceKey: StorageKey {
        typealias Value = [any MediaAudienceSource]
    }

    /// Every feature that attaches media; a medium is visible when one of them says so.
    package var mediaAudiences: [any MediaAudienceSource] {
        get { storage[MediaAudienceKey.self] ?? [] }
        set { storage[MediaAudienceKey.self] = newValue }
    }
}
