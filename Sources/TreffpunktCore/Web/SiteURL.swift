import Foundation
import RoutingKit

/// Every page address of the web shell in one place, used both to register routes and to build links,
/// so the two cannot drift apart.
package enum SiteURL: Sendable, Equatable {
    case home
    case login
    case logout
    case register
    case people
    case profile(username: String)
    case settingsProfile
    case settingsPictures
    case settingsAccount
    case settingsPassword
    case settingsDelete
    case settingsTokens
    case settingsTokenRevoke(id: Int64)
    case adminInvitations
    case language
    case friends
    case notifications
    case notificationsRead
    case search(query: String?)
    case publicTimeline
    case tag(String)
    case post(id: Int64)
    case postEdit(id: Int64)
    case postDelete(id: Int64)
    case postHistory(id: Int64)
    case postComment(id: Int64)
    case postReact(id: Int64)
    case postShare(id: Int64)
    case posts
    case feedNewCount
    case relationship(username: String)
    case settingsPosting
    case settingsSkills
    case profileFeed(username: String)
    case profileMedia(username: String)
    case mediaStatus(id: Int64)
    case mediaDescription(id: Int64)
    /// Entry points of the company-life features; each feature keeps its deeper addresses itself.
    case organisation
    /// The people directory with filters (unit, site, position, skills), served by the organisation feature.
    case directory
    case spaces
    /// A space by its id, for links from posts (the Spaces feature answers with its page).
    case spaceByID(Int64)
    case companyPages
    /// Entry points of the knowledge features.
    case blogs
    case forums
    case wiki
    /// Entry point of the chats (messaging feature).
    case messages
    /// A company page; its slug is the page account's username.
    case companyPage(slug: String)

    package var path: String {
        switch self {
        case .home: "/"
        case .login: "/login"
        case .logout: "/logout"
        case .register: "/register"
        case .people: "/people"
        case .profile(let username): "/@\(username)"
        case .settingsProfile: "/settings/profile"
        case .settingsPictures: "/settings/profile/pictures"
        case .settingsAccount: "/settings/account"
        case .settingsPassword: "/settings/account/password"
        case .settingsDelete: "/settings/account/delete"
        case .settingsTokens: "/settings/tokens"
        case .settingsTokenRevoke(let id): "/settings/tokens/\(id)/revoke"
        case .adminInvitations: "/admin/invitations"
        case .language: "/language"
        case .friends: "/friends"
        case .notifications: "/notifications"
        case .notificationsRead: "/notifications/read"
        case .search(let query):
            query.map { "/search?q=\($0.addingPercentEncoding(withAllowedCharacters: Self.queryValueAllowed) ?? "")" } ?? "/search"
        case .publicTimeline: "/public"
        case .tag(let name): "/tags/\(name.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? name)"
        case .post(let id): "/posts/\(id)"
        case .postEdit(let id): "/posts/\(id)/edit"
        case .postDelete(let id): "/posts/\(id)/delete"
        case .postHistory(let id): "/posts/\(id)/history"
        case .postComment(let id): "/posts/\(id)/comments"
        case .postReact(let id): "/posts/\(id)/react"
        case .postShare(let id): "/posts/\(id)/share"
        case .posts: "/posts"
        case .feedNewCount: "/feed/new-count"
        case .relationship(let username): "/@\(username)/relationship"
        case .settingsPosting: "/settings/posting"
        case .settingsSkills: "/settings/skills"
        case .profileFeed(let username): "/@\(username)/feed.rss"
        case .profileMedia(let username): "/@\(username)/media"
        case .mediaStatus(let id): "/media/\(id)/status"
        case .mediaDescription(let id): "/media/\(id)/description"
        case .organisation: "/org"
        case .directory: "/org/directory"
        case .spaces: "/spaces"
        case .spaceByID(let id): "/spaces/\(id)"
        case .companyPages: "/c"
        case .blogs: "/blogs"
        case .forums: "/forums"
        case .wiki: "/wiki"
        case .messages: "/messages"
        case .companyPage(let slug): "/c/\(slug)"
        }
    }

    /// Characters a query value may carry unencoded (RFC 3986 unreserved).
    private static let queryValueAllowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))

    /// The path as route components; parameters (`:id`) stand where values go.
    package var route: [PathComponent] {
        switch self {
        case .settingsTokenRevoke: ["settings", "tokens", ":id", "revoke"]
        case .profile: [":handle"]
        case .search: ["search"]
        case .tag: ["tags", ":tag"]
        case .post: ["posts", ":id"]
        case .postEdit: ["posts", ":id", "edit"]
        case .postDelete: ["posts", ":id", "delete"]
        case .postHistory: ["posts", ":id", "history"]
        case .postComment: ["posts", ":id", "comments"]
        case .postReact: ["posts", ":id", "react"]
        case .postShare: ["posts", ":id", "share"]
        case .relationship: [":handle", "relationship"]
        case .profileFeed: [":handle", "feed.rss"]
        case .profileMedia: [":handle", "media"]
        case .mediaStatus: ["media", ":id", "status"]
        case .mediaDescription: ["media", ":id", "description"]
        case .spaceByID: ["spaces", ":id"]
        case .companyPage: ["c", ":slug"]

        default: path.split(separator: "/").map { PathComponent(stringLiteral: String($0)) }
        }
    }
}
