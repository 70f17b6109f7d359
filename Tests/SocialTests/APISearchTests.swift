@testable import Accounts
import Foundation
@testable import Social
import Testing
import TestSupport
import Vapor
import VaporTesting

@Suite("Social API: search")
struct APISearchTests {
    @Test("search v2 finds accounts, the posts the reader may see, and hashtags as Tag entities; members only")
    func search() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna")
            let ben = try await app.apiMember("ben")
            let carla = try await app.apiMember("carla")
            try await app.befriend(ben, anna)
            let open = try await app.postStatus("Sommerfest im Hof #Sommerfest", visibility: "public", by: anna)
            let members = try await app.postStatus("Sommerfest Getränkeliste", visibility: "unlisted", by: anna)
            let friends = try await app.postStatus("Sommerfest Überraschung für Jana", visibility: "private", by: anna)

            func statuses(_ token: String, _ query: String = "Sommerfest") async throws -> [String] {
                let response = try await app.api(.GET, "/api/v2/search?q=\(query)&type=statuses&resolve=true", token: token)
                #expect(response.status == .ok)
                return try response.decoded(MastodonSearchResults.self).statuses.map(\.id)
            }
            #expect(try await statuses(ben.token) == [friends.id, members.id, open.id])
            #expect(try await statuses(carla.token) == [members.id, open.id])
            #expect(try await app.api(.GET, "/api/v2/search?q=Sommerfest").status == .unauthorized)
            #expect(try await statuses(carla.token, "Jana").isEmpty)
            // The last word is a prefix, of two letters up to a whole long word; accents count or not.
            let planning = try await app.postStatus("Projektleitung übernimmt Ärztekammer-Termine", visibility: "public", by: anna)
            for prefix in ["Pr", "Proj", "Projektleit", "Projektleitung", "%C3%84rztek", "arztek", "%C3%BCbernimmt%20Projekt"] {
                #expect(try await statuses(carla.token, prefix) == [planning.id], "prefix \(prefix)")
            }
            #expect(try await statuses(carla.token, "Projektleitungen").isEmpty)

            let everything = try await app.api(.GET, "/api/v2/search?q=anna", token: carla.token)
            let json = try everything.object
            let accounts = try #require(json["accounts"] as? [[String: Any]])
            #expect(accounts.map { $0["id"] as? String } == [anna.id])
            #expect(json["statuses"] as? [Any] != nil && json["hashtags"] as? [Any] != nil)

            let tags = try await app.api(.GET, "/api/v2/search?q=%23sommer&type=hashtags", token: carla.token)
            let hashtags = try #require(try tags.object["hashtags"] as? [[String: Any]])
            #expect(hashtags.count == 1)
            #expect(hashtags.first?["name"] as? String == "sommerfest")
            #expect(hashtags.first?["url"] as? String == "http://localhost:8080/tags/sommerfest")
            #expect((hashtags.first?["history"] as? [Any])?.isEmpty == true)
            #expect(Int64(hashtags.first?["id"] as? String ?? "") != nil)
            #expect(try tags.object["accounts"] as? [Any] != nil)
            #expect((try tags.object["accounts"] as? [Any])?.isEmpty == true)

            // Paging statuses with limit and max_id.
            let firstPage = try await app.api(.GET, "/api/v2/search?q=Sommerfest&type=statuses&limit=1", token: ben.token)
            #expect(try firstPage.decoded(MastodonSearchResults.self).statuses.map(\.id) == [friends.id])
            let older = try await app.api(.GET, "/api/v2/search?q=Sommerfest&type=statuses&limit=5&max_id=\(friends.id)", token: ben.token)
            #expect(try older.decoded(MastodonSearchResults.self).statuses.map(\.id) == [members.id, open.id])

            let empty = try await app.api(.GET, "/api/v2/search?q=%20", token: ben.token)
            #expect(empty.status == .badRequest)
            #expect(empty.errorMessage == "Bitte einen Suchbegriff angeben.")
            #expect(try await app.api(.GET, "/api/v2/search?q=x&max_id=nope", token: ben.token).status == .badRequest)
            let unknownType = try await app.api(.GET, "/api/v2/search?q=anna&type=groups", token: ben.token)
            let nothing = try unknownType.decoded(MastodonSearchResults.self)
            #expect(nothing.accounts.isEmpty && nothing.statuses.isEmpty && nothing.hashtags.isEmpty)
        }
    }

    @Test("a hashtag in a comment on a friends-only post is found only by readers of that post, in the API and on the web")
    func commentHashtagsFollowTheirPost() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna")
            let ben = try await app.apiMember("ben")
            let carla = try await app.apiMember("carla")
            try await app.befriend(anna, ben)
            try await app.befriend(ben, carla)
            let secret = try await app.postStatus("Nur für Freunde", visibility: "private", by: anna)
            let comment = try await app.postStatus("Ich komme mit #Geheimprojekt", visibility: "public", by: ben,
                                                   extra: #", "in_reply_to_id": "\#(secret.id)""#)
            #expect(comment.in_reply_to_id == secret.id)

            func hashtags(_ token: String) async throws -> [String] {
                let response = try await app.api(.GET, "/api/v2/search?q=%23geheim&type=hashtags", token: token)
                return try response.decoded(MastodonSearchResults.self).hashtags.map(\.name)
            }
            #expect(try await hashtags(ben.token) == ["geheimprojekt"])
            #expect(try await hashtags(carla.token).isEmpty)
            let page = try await carla.browser.get("/search?q=%23geheim")
            #expect(page.status == .ok)
            #expect(!page.body.string.contains("/tags/geheimprojekt"))
        }
    }
}
