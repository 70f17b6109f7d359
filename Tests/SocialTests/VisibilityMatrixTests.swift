import Accounts
import Foundation
import SQLKit
import Testing
import TestSupport
import TreffpunktCore
import Vapor
import VaporTesting

/// Each visibility × each relation to the author × each door a post can leave the server by.
/// The expected table is written out by hand, not computed by the policy it checks.
@Suite("Visibility matrix")
struct VisibilityMatrixTests {
    enum Relation: String, CaseIterable, CustomTestStringConvertible {
        case author, friend, pendingRequest, follower, otherMember, blocked, mentioned, spaceMember, guest, guestFriend, loggedOut
        var testDescription: String { rawValue }
    }

    /// Who may see which post: the rule of the issue, as a table. The space post and the direct post
    /// both mention `mentioned`, who is not in the space. Guests (who registered freely) never see an
    /// intern (`members`) post, friends or not.
    static let expected: [Relation: Set<PostVisibility>] = [
        .author: [.public, .members, .friends, .space, .direct],
        .friend: [.public, .members, .friends],
        .pendingRequest: [.public, .members],
        .follower: [.public, .members],
        .otherMember: [.public, .members],
        .blocked: [],
        .mentioned: [.public, .members, .direct],
        .spaceMember: [.public, .members, .space],
        .guest: [.public],
        .guestFriend: [.public, .friends],
        .loggedOut: [.public],
    ]

    @Test("the pure policy agrees with the table")
    func policyAgreesWithTable() {
        let author: Int64 = 1, friend: Int64 = 2, mentioned: Int64 = 3, blocked: Int64 = 4, other: Int64 = 5, spaceMember: Int64 = 6
        let space: Int64 = 77
        let viewers: [Relation: AudienceViewer] = [
            .author: AudienceViewer(id: author, isEmployee: true, spaceIDs: [space]),
            .friend: AudienceViewer(id: friend, isEmployee: true, friendIDs: [author]),
            .pendingRequest: AudienceViewer(id: other, isEmployee: true),
            .follower: AudienceViewer(id: other, isEmployee: true),
            .otherMember: AudienceViewer(id: other, isEmployee: true),
            .blocked: AudienceViewer(id: blocked, isEmployee: true, blockedIDs: [author]),
            .mentioned: AudienceViewer(id: mentioned, isEmployee: true),
            .spaceMember: AudienceViewer(id: spaceMember, isEmployee: true, spaceIDs: [space]),
            .guest: AudienceViewer(id: other, isEmployee: false),
            .guestFriend: AudienceViewer(id: friend, isEmployee: false, friendIDs: [author]),
            .loggedOut: .visitor,
        ]
        for (relation, viewer) in viewers {
            for visibility in PostVisibility.allCases {
                let post = PostAudience(authorID: author, visibility: visibility,
                                        mentionedIDs: visibility == .direct || visibility == .space ? [mentioned] : [],
                                        spaceID: visibility == .space ? space : nil)
                #expect(VisibilityPolicy.canSee(post, as: viewer) == Self.expected[relation]!.contains(visibility),
                        "\(relation) × \(visibility)")
            }
        }
    }

    @Test("every door shows exactly the posts the table allows", arguments: Relation.allCases)
    func doors(relation: Relation) async throws {
        try await withTestApp { app in
            let world = try await World.make(app)
            let reader = try await world.reader(for: relation)
            let allowed = Self.expected[relation]!

            for visibility in PostVisibility.allCases {
                let post = world.posts[visibility]!
                let may = allowed.contains(visibility)
                let label = "\(relation) × \(visibility)"
                // The newsfeed carries posts of friends, followed accounts, the reader's spaces and mentions of the reader.
                let inFeed = may && ([.author, .friend, .follower, .guestFriend].contains(relation) || (relation == .mentioned && visibility == .direct)
                    || (relation == .spaceMember && visibility == .space))
                // As rendered in a page, so a search field that repeats the query does not count.
                let rendered = "<p>\(post.marker) "

                // Web: the post's page, the author's profile, search, hashtag page, newsfeed, public timeline.
                let page = try await reader.browser.get("/posts/\(post.id)")
                #expect(page.status == (may ? .ok : .notFound), "web post page: \(label)")
                #expect(page.text.contains(rendered) == may, "web post page text: \(label)")
                let profile = try await reader.browser.get("/@autorin")
                #expect(profile.text.contains(rendered) == may, "web profile: \(label)")
                if relation != .loggedOut {
                    let search = try await reader.browser.get("/search?q=\(post.marker)")
                    #expect(search.text.contains(rendered) == may, "web search: \(label)")
                    let feed = try await reader.browser.get("/")
                    #expect(feed.text.contains(rendered) == inFeed, "web newsfeed: \(label)")
                    let space = try await reader.browser.get("/s/matrixraum")
                    #expect(space.text.contains(rendered) == (may && visibility == .space), "space page: \(label)")
                }
                let rss = try await reader.browser.get("/@autorin/feed.rss")
                #expect(rss.text.contains(post.marker) == (visibility == .public), "RSS: \(label)")
                let tag = try await reader.browser.get("/tags/matrix")
                #expect(tag.text.contains(rendered) == may, "web hashtag: \(label)")
                let publicPage = try await reader.browser.get("/public")
                #expect(publicPage.text.contains(rendered) == (may && visibility == .public), "web public timeline: \(label)")

                // API: the status, the author's statuses, the hashtag timeline, search, home.
                let status = try await app.api(.GET, "/api/v1/statuses/\(post.id)", token: reader.token)
                #expect(status.status == (may ? .ok : .notFound), "API status: \(label)")
                #expect(status.text.contains(post.marker) == may, "API status text: \(label)")
                let statuses = try await app.api(.GET, "/api/v1/accounts/\(world.authorID)/statuses", token: reader.token)
                #expect(statuses.text.contains(post.marker) == may, "API account statuses: \(label)")
                let tagTimeline = try await app.api(.GET, "/api/v1/timelines/tag/matrix", token: reader.token)
                #expect(tagTimeline.text.contains(post.marker) == may, "API hashtag timeline: \(label)")
                if let token = reader.token {
                    let search = try await app.api(.GET, "/api/v2/search?q=\(post.marker)&type=statuses", token: token)
                    #expect(search.text.contains(post.marker) == may, "API search: \(label)")
                    let home = try await app.api(.GET, "/api/v1/timelines/home", token: token)
                    #expect(home.text.contains(post.marker) == inFeed, "API home: \(label)")
                }
                let publicTimeline = try await app.api(.GET, "/api/v1/timelines/public", token: reader.token)
                #expect(publicTimeline.text.contains(post.marker) == (may && visibility == .public), "API public timeline: \(label)")
            }
        }
    }

    /// The author, the people around her, and one post of each visibility.
    struct World {
        struct Reader {
            let browser: TestBrowser
            let token: String?
        }

        struct PostRef {
            let id: String
            let marker: String
        }

        let app: Application
        let authorID: String
        let posts: [PostVisibility: PostRef]
        let readers: [Relation: Reader]

        func reader(for relation: Relation) async throws -> Reader {
            readers[relation] ?? Reader(browser: TestBrowser(app), token: nil)
        }

        static func make(_ app: Application) async throws -> World {
            var readers: [Relation: Reader] = [:]
            let names: [Relation: String] = [
                .author: "autorin", .friend: "freund", .pendingRequest: "anfrage", .follower: "folgerin",
                .otherMember: "kollege", .blocked: "gesperrt", .mentioned: "erwaehnt", .spaceMember: "raumkollegin",
                .guest: "kundin", .guestFriend: "kundenfreund",
            ]
            for relation in Relation.allCases {
                guard let name = names[relation] else { continue }
                let browser = TestBrowser(app)
                try await browser.register(name, affiliation: [.guest, .guestFriend].contains(relation) ? .guest : .employee)
                readers[relation] = Reader(browser: browser, token: try await browser.createAccessToken())
            }
            let author = readers[.author]!.browser
            // The author accepts plain followers, so the follower is one without being a friend.
            try await author.post("/settings/posting", form: ["default_visibility": "members", "accepts_followers": "1"])
            try await readers[.friend]!.browser.post("/@autorin/relationship", form: ["action": "befriend"])
            try await author.post("/@freund/relationship", form: ["action": "accept"])
            try await readers[.guestFriend]!.browser.post("/@autorin/relationship", form: ["action": "befriend"])
            try await author.post("/@kundenfreund/relationship", form: ["action": "accept"])
            try await readers[.pendingRequest]!.browser.post("/@autorin/relationship", form: ["action": "befriend"])
            try await readers[.follower]!.browser.post("/@autorin/relationship", form: ["action": "follow"])
            try await author.post("/@gesperrt/relationship", form: ["action": "block"])

            // The author's closed space, which the space member joined with the author's approval.
            let created = try await author.post("/spaces", form: ["name": "Matrixraum", "access": "closed"])
            guard created.location == "/s/matrixraum" else { throw Abort(.internalServerError, reason: "no space: \(created.text)") }
            try await readers[.spaceMember]!.browser.post("/s/matrixraum/request")
            try await author.post("/s/matrixraum/requests/raumkollegin/approve")
            guard let spaceID = try await author.get("/s/matrixraum").text.firstMatch(of: /name="space_id" value="(\d+)"/)?.1 else {
                throw Abort(.internalServerError, reason: "no space composer")
            }

            var posts: [PostVisibility: PostRef] = [:]
            // Written in the space through its composer: the API has no spaces. It mentions someone outside.
            try await author.post("/posts", form: ["text": "markespace #matrix @erwaehnt", "space_id": String(spaceID)])
            let spacePost = try await app.db.sql.raw("SELECT id FROM posts WHERE text LIKE 'markespace%'").first()
            guard let spacePostID = try spacePost?.decode(column: "id", as: Int64.self) else {
                throw Abort(.internalServerError, reason: "space post not written")
            }
            posts[.space] = PostRef(id: String(spacePostID), marker: "markespace")
            for visibility in PostVisibility.allCases where visibility != .space {
                let marker = "marke\(visibility.rawValue)"
                let mention = visibility == .direct ? " @erwaehnt" : ""
                let created = try await app.api(.POST, "/api/v1/statuses", token: readers[.author]!.token,
                                                json: #"{"status": "\#(marker) #matrix\#(mention)", "visibility": "\#(visibility.rawValue)"}"#)
                guard created.status == .ok, let id = try? created.content.get(String.self, at: "id") else {
                    throw Abort(.internalServerError, reason: "could not post: \(created.status) \(created.text)")
                }
                posts[visibility] = PostRef(id: id, marker: marker)
            }
            let verify = try await app.api(.GET, "/api/v1/accounts/verify_credentials", token: readers[.author]!.token)
            let authorID = try verify.content.get(String.self, at: "id")
            return World(app: app, authorID: authorID, posts: posts, readers: readers)
        }
    }
}
