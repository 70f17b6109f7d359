/// The facts about a post that decide who may see it.
package struct PostAudience: Sendable, Equatable {
    package let authorID: Int64
    package let visibility: PostVisibility
    /// The member whose profile wall (Pinnwand) the post was written on, if any.
    package let wallOwnerID: Int64?
    package let mentionedIDs: Set<Int64>
    /// The space the post was written in, for visibility `space`.
    package let spaceID: Int64?

    package init(authorID: Int64, visibility: PostVisibility, wallOwnerID: Int64? = nil, mentionedIDs: Set<Int64> = [],
                 spaceID: Int64? = nil) {
        self.authorID = authorID
        self.visibility = visibility
        self.wallOwnerID = wallOwnerID
        self.mentionedIDs = mentionedIDs
        self.spaceID = spaceID
    }
}
