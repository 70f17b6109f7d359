import TreffpunktCore

/// Who acts on a post: the member, whether they administer this Treffpunkt, and their roles on
/// company pages (by page account id), loaded once per request.
package struct PostActor: Sendable, Equatable {
    package let id: Int64
    package let isAdmin: Bool
    package let pageRoles: [Int64: PageRole]

    package init(id: Int64, isAdmin: Bool, pageRoles: [Int64: PageRole]) {
        self.id = id
        self.isAdmin = isAdmin
        self.pageRoles = pageRoles
    }

    /// The post's own author acting, as a feature does for a member who wrote through it.
    static func author(_ id: Int64) -> PostActor {
        PostActor(id: id, isAdmin: false, pageRoles: [:])
    }
}

/// Who may edit or delete a post: the one rule behind the web, the API and the buttons of post cards.
/// A company page's owners and editors act as the page; its owners and moderators keep the comments
/// under its posts clean; administrators may remove anything they can see.
enum PostEditingPolicy {
    static func mayEdit(_ post: Post, by actor: PostActor) -> Bool {
        post.reblogOfID == nil && (post.authorID == actor.id || actor.pageRoles[post.authorID]?.writesAsPage == true)
    }

    /// `rootAuthorID` is the author of the post a comment stands under.
    static func mayDelete(_ post: Post, rootAuthorID: Int64?, by actor: PostActor) -> Bool {
        if actor.isAdmin || post.authorID == actor.id || post.wallOwnerID == actor.id
            || actor.pageRoles[post.authorID]?.writesAsPage == true { return true }
        guard post.rootID != nil, let rootAuthorID else { return false }
        return rootAuthorID == actor.id || actor.pageRoles[rootAuthorID]?.moderatesPage == true
    }
}
