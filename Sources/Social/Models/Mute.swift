import Fluent
import Foundation
import TreffpunktCore

/// Hides an account's posts from the muter's newsfeed; nothing else changes and the muted person is not told.
final class Mute: Model, @unchecked Sendable {
    static let schema = "mutes"

    @ID(custom: "id", generatedBy: .user) var id: Int64?
    @Field(key: "muter_id") var muterID: Int64
    @Field(key: "muted_id") var mutedID: Int64
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(muterID: Int64, mutedID: Int64) {
        self.id = SnowflakeID.next()
        self.muterID = muterID
        self.mutedID = mutedID
    }
}
