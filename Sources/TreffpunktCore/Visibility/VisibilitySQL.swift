import SQLKit

/// `VisibilityPolicy` as a SQL condition, for queries that list posts: the same rule, clause by clause.
/// The posting feature names its tables; the rule stays here.
package struct VisibilitySQL: Sendable {
    /// Alias of the posts table in the query, e.g. `p`.
    package let post: String
    /// Table of mentions with `post_id` and `user_id` columns.
    package let mentionsTable: String

    package init(post: String, mentionsTable: String) {
        self.post = post
        self.mentionsTable = mentionsTable
    }

    /// A condition that is true exactly for the posts `VisibilityPolicy.canSee` lets `viewer` see.
    /// Expects columns `author_id`, `visibility`, `wall_owner_id` and `space_id` on the post.
    package func condition(for viewer: AudienceViewer) -> SQLQueryString {
        let visibility = "\(post).visibility"
        guard let viewerID = viewer.id else {
            return "\(unsafeRaw: visibility) = \(bind: PostVisibility.public.rawValue)"
        }
        let author = "\(post).author_id"
        let wallOwner = "\(post).wall_owner_id"
        var notBlocked: SQLQueryString = "1 = 1"
        if !viewer.blockedIDs.isEmpty {
            let blocked: [any Encodable & Sendable] = viewer.blockedIDs.sorted()
            notBlocked = "\(unsafeRaw: author) NOT IN (\(binds: blocked)) AND (\(unsafeRaw: wallOwner) IS NULL OR \(unsafeRaw: wallOwner) NOT IN (\(binds: blocked)))"
        }
        var friendsClause: SQLQueryString = "1 = 0"
        if !viewer.friendIDs.isEmpty {
            let friends: [any Encodable & Sendable] = viewer.friendIDs.sorted()
            friendsClause = "(\(unsafeRaw: visibility) = \(bind: PostVisibility.friends.rawValue) AND \(unsafeRaw: author) IN (\(binds: friends)))"
        }
        var spaceClause: SQLQueryString = "1 = 0"
        if viewer.isEmployee && !viewer.spaceIDs.isEmpty {
            let spaces: [any Encodable & Sendable] = viewer.spaceIDs.sorted()
            spaceClause = "(\(unsafeRaw: visibility) = \(bind: PostVisibility.space.rawValue) AND \(unsafeRaw: post).space_id IN (\(binds: spaces)))"
        }
        // Intern posts are for employees only; to a guest they are as closed as a space's posts.
        let wide: SQLQueryString = viewer.isEmployee
            ? "\(unsafeRaw: visibility) IN (\(bind: PostVisibility.public.rawValue), \(bind: PostVisibility.members.rawValue))"
            : "\(unsafeRaw: visibility) = \(bind: PostVisibility.public.rawValue)"
        let addressable: SQLQueryString = viewer.isEmployee
            ? "\(unsafeRaw: visibility) <> \(bind: PostVisibility.space.rawValue)"
            : "\(unsafeRaw: visibility) NOT IN (\(bind: PostVisibility.space.rawValue), \(bind: PostVisibility.members.rawValue))"
        let mentioned: SQLQueryString = "EXISTS (SELECT 1 FROM \(unsafeRaw: mentionsTable) vm WHERE vm.post_id = \(unsafeRaw: post).id AND vm.user_id = \(bind: viewerID))"
        // Wall and mentions let people in except to a space's posts, which stay in the space (and, for a
        // guest, to intern posts).
        return """
        (\(unsafeRaw: author) = \(bind: viewerID) OR ((\(notBlocked)) AND (\
        \(wide) OR \(friendsClause) OR \(spaceClause) OR (\(addressable) AND \
        (\(unsafeRaw: wallOwner) = \(bind: viewerID) OR \(mentioned))))))
        """
    }
}
