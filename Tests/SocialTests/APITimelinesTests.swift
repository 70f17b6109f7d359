@testable import Accounts
import Foundation
@testable import Social
import Testing
import TestSupport
import Vapor
import VaporTesting

@Suite("Social API: timelines and paging")
struct APITimelinesTests {
    @Test("home pages with Link headers: next first, newest first, no duplicates, nothing missed; since_id and min_id go newer")
    func homePaging() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna")
            let ben = try await app.apiMember("ben")
            try await app.befriend(ben, anna)
            var written: [String] = []
            for number in 1...12 {
                written.append(try await app.postStatus("Notiz \(number)", visibility: number % 2 == 0 ? "private" : "public", by: anna).id)
            }
            let newestFirst = Array(written.reversed())

            var collected: [String] = []
            var path: String? = "/api/v1/timelines/home?limit=5"
            var pages = 0
            while let next = path, pages < 10 {
                let page = try await app.api(.GET, next, token: ben.token)
                #expect(page.status == .ok)
                let ids = try page.ids
                pages += 1
                if ids.isEmpty {
                    #expect(page.headers.first(name: .link) == nil, "an empty page has no links")
                    break
                }
                collected += ids
                let links = page.links
                #expect(links.map(\.rel) == ["next", "prev"], "next first: \(links)")
                #expect(links[0].url.hasPrefix("http://localhost:8080/api/v1/timelines/home?"))
                #expect(links[0].url.contains("limit=5"), "other parameters are kept")
                #expect(links[0].url.hasSuffix("max_id=\(ids.last!)"))
                #expect(links[1].url.hasSuffix("min_id=\(ids.first!)"))
                path = String(links[0].url.dropFirst("http://localhost:8080".count))
            }
            #expect(pages == 4, "5 + 5 + 2 + an empty page")
            #expect(collected == newestFirst)

            // since_id: the newest posts after it, newest first; min_id: the posts right after it.
            let since = try await app.api(.GET, "/api/v1/timelines/home?since_id=\(written[5])&limit=3", token: ben.token)
            #expect(try since.ids == [written[11], written[10], written[9]])
            let min = try await app.api(.GET, "/api/v1/timelines/home?min_id=\(written[5])&limit=3", token: ben.token)
            #expect(try min.ids == [written[8], written[7], written[6]])
            let prev = try #require(min.links.first { $0.rel == "prev" })
            #expect(prev.url.hasSuffix("min_id=\(written[8])"))
            let newer = try await app.api(.GET, String(prev.url.dropFirst("http://localhost:8080".count)), token: ben.token)
            #expect(try newer.ids == [written[11], written[10], written[9]])
            let none = try await app.api(.GET, "/api/v1/timelines/home?since_id=\(written[11])", token: ben.token)
            #expect(try none.ids.isEmpty)
            #expect(none.headers.first(name: .link) == nil)

            // A limit above the maximum is clamped, as in Mastodon.
            let all = try await app.api(.GET, "/api/v1/timelines/home?limit=500", token: ben.token)
            #expect(try all.ids == newestFirst)
        }
    }

    @Test("garbage cursors and limits are refused with 400; the home timeline needs a member")
    func garbage() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna")
            for query in ["max_id=abc", "since_id=12x", "min_id=-5", "limit=zehn", "max_id=1.5"] {
                let response = try await app.api(.GET, "/api/v1/timelines/home?\(query)", token: anna.token)
                #expect(response.status == .badRequest, "\(query)")
                #expect(response.errorMessage == "Ungültige Seitenangabe.", "\(query)")
                let publicTimeline = try await app.api(.GET, "/api/v1/timelines/public?\(query)")
                #expect(publicTimeline.status == .badRequest, "public \(query)")
            }
            let notifications = try await app.api(.GET, "/api/v1/notifications?max_id=nope", token: anna.token)
            #expect(notifications.status == .badRequest)
            let visitor = try await app.api(.GET, "/api/v1/timelines/home")
            #expect(visitor.status == .unauthorized)
            #expect(visitor.errorMessage?.isEmpty == false)
        }
    }

    @Test("the public timeline shows public posts only, to visitors and members; local=true is the same; remote and media are empty")
    func publicTimeline() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna")
            let ben = try await app.apiMember("ben")
            let open = try await app.postStatus("Offen für alle", visibility: "public", by: anna)
            let members = try await app.postStatus("Nur Mitglieder", visibility: "unlisted", by: anna)
            let friends = try await app.postStatus("Nur Freunde", visibility: "private", by: anna)
            let comment = try await app.postStatus("Ein Kommentar", by: ben, extra: #", "in_reply_to_id": "\#(open.id)""#)
            let share = try await app.api(.POST, "/api/v1/statuses/\(open.id)/reblog", token: ben.token)
            #expect(share.status == .ok)

            for token in [nil, ben.token] {
                let timeline = try await app.api(.GET, "/api/v1/timelines/public", token: token)
                #expect(try timeline.ids == [open.id])
                let local = try await app.api(.GET, "/api/v1/timelines/public?local=true", token: token)
                #expect(try local.ids == [open.id])
                #expect(!timeline.text.contains(members.id) && !timeline.text.contains(friends.id) && !timeline.text.contains(comment.id))
            }
            #expect(try await app.api(.GET, "/api/v1/timelines/public?remote=true").ids.isEmpty)
            #expect(try await app.api(.GET, "/api/v1/timelines/public?only_media=1").ids.isEmpty)
        }
    }

    @Test("hashtag timelines show the tagged posts the reader may see; a members post never reaches a visitor")
    func hashtagTimeline() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna")
            let open = try await app.postStatus("Messe in Köln #Messe", visibility: "public", by: anna)
            let members = try await app.postStatus("Standplan intern #messe", visibility: "unlisted", by: anna)
            _ = try await app.postStatus("Ohne Schlagwort", visibility: "public", by: anna)
            let ben = try await app.apiMember("ben")
            #expect(try await app.api(.GET, "/api/v1/timelines/tag/messe", token: ben.token).ids == [members.id, open.id])
            #expect(try await app.api(.GET, "/api/v1/timelines/tag/MESSE", token: ben.token).ids == [members.id, open.id])
            #expect(try await app.api(.GET, "/api/v1/timelines/tag/messe").ids == [open.id])
            #expect(try await app.api(.GET, "/api/v1/timelines/tag/nichts", token: ben.token).ids.isEmpty)
        }
    }

    @Test("account statuses: the author's own posts and shares as the reader may see them; exclude_reblogs, pinned, only_media")
    func accountStatuses() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna")
            let ben = try await app.apiMember("ben")
            let carla = try await app.apiMember("carla")
            try await app.befriend(ben, anna)
            let open = try await app.postStatus("Öffentlich", visibility: "public", by: anna)
            let members = try await app.postStatus("Mitglieder", visibility: "unlisted", by: anna)
            let friends = try await app.postStatus("Freunde", visibility: "private", by: anna)
            let bens = try await app.postStatus("Bens Beitrag", visibility: "public", by: ben)
            let shared = try await app.api(.POST, "/api/v1/statuses/\(bens.id)/reblog", token: anna.token)
            let share = try shared.decoded(MastodonStatus.self)
            #expect(share.reblog?.id == bens.id)
            _ = try await app.postStatus("Kommentar", by: anna, extra: #", "in_reply_to_id": "\#(bens.id)""#)

            let path = "/api/v1/accounts/\(anna.id)/statuses"
            #expect(try await app.api(.GET, path, token: ben.token).ids == [share.id, friends.id, members.id, open.id])
            #expect(try await app.api(.GET, path, token: carla.token).ids == [share.id, members.id, open.id])
            #expect(try await app.api(.GET, path).ids == [share.id, open.id])
            #expect(try await app.api(.GET, path + "?exclude_reblogs=true", token: ben.token).ids == [friends.id, members.id, open.id])
            #expect(try await app.api(.GET, path + "?exclude_replies=true&limit=2", token: ben.token).ids == [share.id, friends.id])
            #expect(try await app.api(.GET, path + "?pinned=true", token: ben.token).ids.isEmpty)
            #expect(try await app.api(.GET, path + "?only_media=true", token: ben.token).ids.isEmpty)
            let paged = try await app.api(.GET, path + "?limit=2", token: carla.token)
            #expect(paged.links.first?.url == "http://localhost:8080\(path)?limit=2&max_id=\(members.id)")
            #expect(try await app.api(.GET, "/api/v1/accounts/987654321/statuses", token: ben.token).status == .notFound)
        }
    }
}
