import Fluent
import TreffpunktCore

/// A member's settings for posting and following. Members without a row have the defaults.
final class SocialPreferences: Model, @unchecked Sendable {
    static let schema = "social_preferences"
    static let defaultVisibility = PostVisibility.members

    /// The member's id.
    @ID(custom: "id", generatedBy: .user) var id: Int64?
    @Field(key: "default_visibility") var defaultVisibility: PostVisibility
    /// People confirm friendships; those who opt in also accept plain followers.
    @Field(key: "accepts_followers") var acceptsFollowers: Bool

    init() {}

    init(memberID: Int64, defaultVisibility: PostVisibility = SocialPreferences.defaultVisibility, acceptsFollowers: Bool = false) {
        self.id = memberID
        self.defaultVisibility = defaultVisibility
        self.acceptsFollowers = acceptsFollowers
    }
}
