import Fluent
import Vapor

/// A member's role on a company page, one per member and page. It lives in Core because the social
/// network's post rule reads it (who may edit or delete a page's posts) without knowing company pages.
package enum PageRole: String, Sendable, Codable, CaseIterable {
    case owner
    case editor
    case moderator
    case analyst

    /// Writes, edits and deletes as the page (posts, blocks, about section).
    package var writesAsPage: Bool { self == .owner || self == .editor }
    /// Removes other people's comments under the page's posts and answers reviews.
    package var moderatesPage: Bool { self == .owner || self == .moderator }
}

/// What someone of a page's team or an administrator did to a post of the page or a comment under it.
package struct PagePostChange: Sendable, Equatable {
    package enum Action: String, Sendable, Codable {
        case edited
        case deleted
    }

    package let action: Action
    package let postID: Int64
    /// Whether the post was a comment (under one of the page's posts, or the page's own).
    package let isComment: Bool
    /// The account whose post it was, or under whose post the comment stood; not always a page.
    package let accountID: Int64
    package let memberID: Int64

    package init(action: Action, postID: Int64, isComment: Bool, accountID: Int64, memberID: Int64) {
        self.action = action
        self.postID = postID
        self.isComment = isComment
        self.accountID = accountID
        self.memberID = memberID
    }
}

/// Lets the social network, which does not know company pages, ask for a member's roles on them and
/// keep for a page's team who changed or removed what. The Pages feature installs it.
package protocol PageTeamsSource: Sendable {
    /// The member's roles, by page account id.
    func roles(of memberID: Int64, on database: any Database) async throws -> [Int64: PageRole]
    /// Called in the change's transaction whenever someone other than its author edited or deleted a
    /// post; changes to accounts that are no page are not kept.
    func record(_ change: PagePostChange, on database: any Database) async throws
}

extension Application {
    private struct PageTeamsKey: StorageKey {
        typealias Value = any PageTeamsSource
    }

    /// Installed by the Pages feature; without it nobody has a role on a page.
    package var pageTeams: (any PageTeamsSource)? {
        get { storage[PageTeamsKey.self] }
        set { storage[PageTeamsKey.self] = newValue }
    }
}
