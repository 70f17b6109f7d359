/// The one rule that decides who may see a post. Every door — web pages, feeds, profiles, the API,
/// search, notifications, feeds for readers — asks it, either directly (`canSee`) for posts already
/// loaded, or through its SQL twin (`VisibilitySQL`) for queries that list posts.
package enum VisibilityPolicy {
    package static func canSee(_ post: PostAudience, as viewer: AudienceViewer) -> Bool {
        guard let viewerID = viewer.id else {
            return post.visibility == .public
        }
        if viewerID == post.authorID { return true }
        if viewer.blockedIDs.contains(post.authorID) { return false }
        if let wallOwner = post.wallOwnerID, viewer.blockedIDs.contains(wallOwner) { return false }
        // A space's posts stay in the space: a mention does not let an outsider in. Spaces are the
        // company's inside: a guest sees none, even one who joined while an employee.
        if post.visibility == .space {
            return viewer.isEmployee && (post.spaceID.map(viewer.spaceIDs.contains) ?? false)
        }
        // Intern means employees only: neither a mention nor a Pinnwand lets a guest in.
        if post.visibility == .members && !viewer.isEmployee { return false }
        if post.wallOwnerID == viewerID || post.mentionedIDs.contains(viewerID) { return true }
        switch post.visibility {
        case .public, .members:
            return true
        case .friends:
            return viewer.friendIDs.contains(post.authorID)
        case .direct, .space:
            return false
        }
    }
}
