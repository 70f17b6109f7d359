import Fluent
import TreffpunktCore

/// What a member asks to publish, before any rule has checked it.
struct PostDraft: Sendable {
    var text: String
    /// `nil` means the author's default visibility (comments always take their post's).
    var visibility: PostVisibility?
    /// The member whose Pinnwand this is written on.
    var wallOwnerID: Int64?
    var inReplyToID: Int64?
    var quoteOfID: Int64?
    /// The space the post is written in: only its members will see it.
    var spaceID: Int64?
    /// Photos and videos the author uploaded before, in the order they are shown.
    var mediaIDs: [Int64]
    /// Pages attach a video while it is still processed and show its progress; the Mastodon API
    /// asks for processed media, as Mastodon does.
    var acceptsProcessingMedia = false
    /// Written in the post's own transaction, for a feature that keeps facts of its own about the new post
    /// (who of a company page's team wrote it); gets the post's id.
    var alongside: (@Sendable (_ postID: Int64, _ database: any Database) async throws -> Void)?
    /// What the post announces, for a post a feature writes about something the member made.
    var announcement: PostAnnouncement?

    init(text: String, visibility: PostVisibility? = nil, wallOwnerID: Int64? = nil, inReplyToID: Int64? = nil, quoteOfID: Int64? = nil,
         mediaIDs: [Int64] = [], spaceID: Int64? = nil) {
        self.text = text
        self.visibility = visibility
        self.wallOwnerID = wallOwnerID
        self.inReplyToID = inReplyToID
        self.quoteOfID = quoteOfID
        self.mediaIDs = mediaIDs
        self.spaceID = spaceID
    }
}
