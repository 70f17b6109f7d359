import Fluent
import TreffpunktCore

/// A photo or video in a chat is for the people taking part in that chat now: the media feature asks
/// here on every fetch, so someone removed from a group loses the files at once.
struct ChatMediaAudience: MediaAudienceSource {
    func visibleMedia(_ mediaIDs: [Int64], to viewerID: Int64?, on database: any Database) async throws -> Set<Int64> {
        guard let viewerID, !mediaIDs.isEmpty else { return [] }
        let carriers = try await ChatMessageMedia.query(on: database).filter(\.$mediaID ~~ mediaIDs).all()
        guard !carriers.isEmpty else { return [] }
        let taking = try await ChatParticipant.query(on: database).filter(\.$memberID == viewerID)
            .filter(\.$chatID ~~ Array(Set(carriers.map(\.chatID)))).filter(\.$leftAt == nil).all()
        let chats = Set(taking.map(\.chatID))
        return Set(carriers.filter { chats.contains($0.chatID) }.map(\.mediaID))
    }
}
