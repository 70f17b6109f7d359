@testable import Accounts
import Foundation
@testable import Social
import Testing
import TestSupport
import TreffpunktCore
import Vapor
import VaporTesting

@Suite("Social API: statuses")
struct APIStatusesTests {
    @Test("each visibility reaches exactly its audience through GET /api/v1/statuses/:id; visitors get 404 for all but public")
    func visibilityPerReader() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna")
            let ben = try await app.apiMember("ben")
            let carla = try await app.apiMember("carla")
            try await app.befriend(ben, anna)

            var posted: [String: MastodonStatus] = [:]
            for visibility in ["public", "unlisted", "private", "direct"] {
                let mention = visibility == "direct" ? " @ben" : ""
                let status = try await app.postStatus("Sichtbar \(visibility)\(mention)", visibility: visibility, by: anna)
                #expect(status.visibility == visibility)
                #expect(status.account.id == anna.id)
                posted[visibility] = status
            }
            // Treffpunkt's own names are accepted and answered with Mastodon's.
            let members = try await app.postStatus("Für alle Mitglieder", visibility: "members", by: anna)
            #expect(members.visibility == "unlisted")
            let friends = try await app.postStatus("Nur Freunde", visibility: "friends", by: anna)
            #expect(friends.visibility == "private")

            // Who may read which: author all, friend ben all but direct unless mentioned (he is), carla public+unlisted.
            let expected: [(String?, Set<String>)] = [
                (anna.token, ["public", "unlisted", "private", "direct"]),
                (ben.token, ["public", "unlisted", "private", "direct"]),
                (carla.token, ["public", "unlisted"]),
                (nil, ["public"]),
            ]
            for (token, visible) in expected {
                for (visibility, status) in posted {
                    let response = try await app.api(.GET, "/api/v1/statuses/\(status.id)", token: token)
                    let reader = token == nil ? "visitor" : token == anna.token ? "anna" : token == ben.token ? "ben" : "carla"
                    #expect(response.status == (visible.contains(visibility) ? .ok : .notFound), "\(reader) × \(visibility)")
                    if visible.contains(visibility) {
                        #expect(try response.decoded(MastodonStatus.self).content.contains("Sichtbar \(visibility)"))
                    } else {
                        #expect(response.errorMessage == "Beitrag nicht gefunden", "\(reader) × \(visibility): \(response.text)")
                        #expect(!response.text.contains("Sichtbar"))
                    }
                }
            }
            // Unknown and malformed ids are simply not found.
            #expect(try await app.api(.GET, "/api/v1/statuses/123456789", token: anna.token).status == .notFound)
            #expect(try await app.api(.GET, "/api/v1/statuses/nonsense", token: anna.token).status == .notFound)
        }
    }

    @Test("a status has Mastodon's shape: string ids, explicit nulls, mentions, tags and the author as Account")
    func statusShape() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna")
            _ = try await app.apiMember("ben")
            let response = try await app.api(.POST, "/api/v1/statuses", token: anna.token,
                                              json: #"{"status": "Hallo @ben, schau mal #Messe", "visibility": "public", "language": "de", "sensitive": false}"#)
            #expect(response.status == .ok)
            let json = try response.object
            let id = try #require(json["id"] as? String)
            #expect(Int64(id) != nil)
            for key in ["in_reply_to_id", "in_reply_to_account_id", "edited_at", "reblog", "card", "poll", "language"] {
                #expect(json.keys.contains(key) && json[key] is NSNull, "\(key) should be an explicit null")
            }
            #expect(json["text"] == nil, "text only comes with a deletion")
            #expect(json["spoiler_text"] as? String == "")
            #expect(json["sensitive"] as? Bool == false)
            #expect(json["favourites_count"] as? Int == 0)
            #expect(json["media_attachments"] as? [Any] != nil)
            let url = try #require(json["url"] as? String)
            #expect(url == "http://localhost:8080/posts/\(id)")
            let account = try #require(json["account"] as? [String: Any])
            #expect(account["username"] as? String == "anna")
            #expect(account["id"] as? String == anna.id)
            #expect(account["statuses_count"] as? Int == 1)
            let mentions = try #require(json["mentions"] as? [[String: Any]])
            #expect(mentions.map { $0["acct"] as? String } == ["ben"])
            let tags = try #require(json["tags"] as? [[String: Any]])
            #expect(tags.map { $0["name"] as? String } == ["messe"])
            #expect(tags.first?["url"] as? String == "http://localhost:8080/tags/messe")
            let created = try #require(json["created_at"] as? String)
            #expect(created.hasSuffix("Z") && created.contains("."))
        }
    }

    @Test("bad statuses are refused with 422 and Mastodon's error shape, in the reader's language, without writing")
    func badStatuses() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna")
            let cases: [(String, String)] = [
                (#"{"status": "", "visibility": "public"}"#, "Der Beitrag ist leer."),
                (#"{"status": "   \n  "}"#, "Der Beitrag ist leer."),
                (#"{"visibility": "public"}"#, "Der Beitrag ist leer."),
                (#"{"status": "Hallo", "visibility": "geheim"}"#, "Unbekannte Sichtbarkeit"),
                (#"{"status": "\#(String(repeating: "x", count: 5001))"}"#, "höchstens 5.000 Zeichen"),
                (#"{"status": "Hallo @niemand und @anna"}"#, "@niemand"),
                (#"{"status": "Nur für Erwähnte", "visibility": "direct"}"#, "mindestens eine @Erwähnung"),
                (#"{"status": "Mit Bild", "media_ids": ["1"]}"#, "gibt es nicht oder es gehört jemand anderem"),
                (#"{"status": "Mit Umfrage", "poll": {"options": ["ja", "nein"]}}"#, "noch nicht unterstützt"),
            ]
            for (body, message) in cases {
                let response = try await app.api(.POST, "/api/v1/statuses", token: anna.token, json: body)
                #expect(response.status == .unprocessableEntity, "\(body.prefix(60))")
                #expect(response.errorMessage?.contains(message) == true, "\(body.prefix(60)): \(response.text)")
            }
            // Exactly 5,000 characters is fine.
            let longest = try await app.api(.POST, "/api/v1/statuses", token: anna.token,
                                             json: #"{"status": "\#(String(repeating: "y", count: 5000))"}"#)
            #expect(longest.status == .ok)
            // English readers get English messages.
            var headers: HTTPHeaders = ["Authorization": "Bearer \(anna.token)", "Content-Type": "application/json", "Accept-Language": "en"]
            let english = try await app.testing().sendRequest(.POST, "/api/v1/statuses", headers: headers,
                                                               body: ByteBuffer(string: #"{"status": "x", "visibility": "secret"}"#))
            #expect(english.status == .unprocessableEntity)
            #expect(english.errorMessage?.hasPrefix("Unknown visibility.") == true)
            // Only the one good post was written.
            let mine = try await app.api(.GET, "/api/v1/accounts/\(anna.id)/statuses", token: anna.token)
            #expect(try mine.ids.count == 1)
            // Visitors cannot post.
            let visitor = try await app.api(.POST, "/api/v1/statuses", json: #"{"status": "Hallo"}"#)
            #expect(visitor.status == .unauthorized)
        }
    }

    @Test("form-encoded bodies work as Mastodon.py sends them, also for comments; JSON ids may be numbers")
    func formBodiesAndComments() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna")
            let ben = try await app.apiMember("ben")
            let post = try await app.apiForm(.POST, "/api/v1/statuses", token: anna.token,
                                             [("status", "Sommerfest am Freitag"), ("visibility", "public"), ("sensitive", "false"),
                                              ("spoiler_text", "Ankündigung")])
            #expect(post.status == .ok)
            let status = try post.decoded(MastodonStatus.self)
            // No content warnings here: the summary becomes the first paragraph.
            #expect(status.content.hasPrefix("<p>Ankündigung</p>"))
            #expect(status.spoiler_text == "")

            let comment = try await app.apiForm(.POST, "/api/v1/statuses", token: ben.token,
                                                [("status", "Ich bringe Kuchen mit"), ("in_reply_to_id", status.id), ("visibility", "direct")])
            #expect(comment.status == .ok)
            let reply = try comment.decoded(MastodonStatus.self)
            #expect(reply.in_reply_to_id == status.id)
            #expect(reply.in_reply_to_account_id == anna.id)
            // A comment takes its post's audience, whatever the client asked for.
            #expect(reply.visibility == "public")

            let numeric = try await app.api(.POST, "/api/v1/statuses", token: anna.token,
                                             json: #"{"status": "Danke!", "in_reply_to_id": \#(reply.id)}"#)
            #expect(numeric.status == .ok)
            let answer = try numeric.decoded(MastodonStatus.self)
            #expect(answer.in_reply_to_id == reply.id)
            #expect(answer.in_reply_to_account_id == ben.id)

            let original = try await app.api(.GET, "/api/v1/statuses/\(status.id)", token: anna.token)
            #expect(try original.decoded(MastodonStatus.self).replies_count == 2)

            let missingParent = try await app.api(.POST, "/api/v1/statuses", token: anna.token, json: #"{"status": "x", "in_reply_to_id": "42"}"#)
            #expect(missingParent.status == .notFound)
        }
    }

    @Test("context lists a post's comments as descendants and a comment's post and parent as ancestors, only for those who see the post")
    func context() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna")
            let ben = try await app.apiMember("ben")
            let carla = try await app.apiMember("carla")
            try await app.befriend(ben, anna)
            let post = try await app.postStatus("Nur für Freunde: Grillen", visibility: "private", by: anna)
            let first = try await app.postStatus("Ich komme", by: ben, extra: #", "in_reply_to_id": "\#(post.id)""#)
            let answer = try await app.postStatus("Schön!", by: anna, extra: #", "in_reply_to_id": "\#(first.id)""#)
            let second = try await app.postStatus("Ich bringe Salat", by: ben, extra: #", "in_reply_to_id": "\#(post.id)""#)

            let ofPost = try await app.api(.GET, "/api/v1/statuses/\(post.id)/context", token: ben.token)
            #expect(ofPost.status == .ok)
            let postContext = try ofPost.decoded(MastodonContext.self)
            #expect(postContext.ancestors.isEmpty)
            #expect(postContext.descendants.map(\.id) == [first.id, answer.id, second.id])

            let ofAnswer = try await app.api(.GET, "/api/v1/statuses/\(answer.id)/context", token: anna.token)
            let answerContext = try ofAnswer.decoded(MastodonContext.self)
            #expect(answerContext.ancestors.map(\.id) == [post.id, first.id])
            #expect(answerContext.descendants.isEmpty)

            let ofFirst = try await app.api(.GET, "/api/v1/statuses/\(first.id)/context", token: anna.token)
            let firstContext = try ofFirst.decoded(MastodonContext.self)
            #expect(firstContext.ancestors.map(\.id) == [post.id])
            #expect(firstContext.descendants.map(\.id) == [answer.id])

            // Carla is no friend: neither the post nor its comments exist for her.
            #expect(try await app.api(.GET, "/api/v1/statuses/\(post.id)/context", token: carla.token).status == .notFound)
            #expect(try await app.api(.GET, "/api/v1/statuses/\(first.id)/context", token: carla.token).status == .notFound)
            #expect(try await app.api(.GET, "/api/v1/statuses/\(first.id)", token: carla.token).status == .notFound)
            #expect(try await app.api(.GET, "/api/v1/statuses/\(post.id)/context").status == .notFound)
        }
    }

    @Test("editing keeps the history (every version, oldest first), source gives the text, only the author edits")
    func editHistoryAndSource() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna")
            let ben = try await app.apiMember("ben")
            let post = try await app.postStatus("Betriebsausflug nach Bamberg", by: anna)
            #expect(post.edited_at == nil)

            let unedited = try await app.api(.GET, "/api/v1/statuses/\(post.id)/history", token: anna.token)
            #expect(try unedited.decoded([MastodonStatusEdit].self).map(\.content) == ["<p>Betriebsausflug nach Bamberg</p>"])

            for text in ["Betriebsausflug nach Würzburg", "Betriebsausflug nach Würzburg (korrigiert)"] {
                let edited = try await app.apiForm(.PUT, "/api/v1/statuses/\(post.id)", token: anna.token, [("status", text)])
                #expect(edited.status == .ok)
                let status = try edited.decoded(MastodonStatus.self)
                #expect(status.content == "<p>\(text)</p>")
                #expect(status.edited_at != nil)
            }
            let history = try await app.api(.GET, "/api/v1/statuses/\(post.id)/history", token: ben.token)
            #expect(history.status == .ok)
            let versions = try history.decoded([MastodonStatusEdit].self)
            #expect(versions.map(\.content) == ["<p>Betriebsausflug nach Bamberg</p>", "<p>Betriebsausflug nach Würzburg</p>",
                                                "<p>Betriebsausflug nach Würzburg (korrigiert)</p>"])
            #expect(versions.allSatisfy { $0.account.id == anna.id })
            #expect(versions.map(\.created_at) == versions.map(\.created_at).sorted())

            let source = try await app.api(.GET, "/api/v1/statuses/\(post.id)/source", token: anna.token)
            #expect(try source.decoded(MastodonStatusSource.self).text == "Betriebsausflug nach Würzburg (korrigiert)")

            let foreign = try await app.api(.PUT, "/api/v1/statuses/\(post.id)", token: ben.token, json: #"{"status": "Gehackt"}"#)
            #expect(foreign.status == .forbidden)
            let empty = try await app.api(.PUT, "/api/v1/statuses/\(post.id)", token: anna.token, json: #"{"status": ""}"#)
            #expect(empty.status == .unprocessableEntity)
            let current = try await app.api(.GET, "/api/v1/statuses/\(post.id)", token: ben.token)
            #expect(try current.decoded(MastodonStatus.self).content == "<p>Betriebsausflug nach Würzburg (korrigiert)</p>")
        }
    }

    @Test("DELETE answers with the deleted status and its text; others may not delete; the post is gone afterwards")
    func delete() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna")
            let ben = try await app.apiMember("ben")
            let post = try await app.postStatus("Versehentlich gepostet #oops", by: anna)
            let foreign = try await app.api(.DELETE, "/api/v1/statuses/\(post.id)", token: ben.token)
            #expect(foreign.status == .forbidden)
            #expect(try await app.api(.GET, "/api/v1/statuses/\(post.id)", token: ben.token).status == .ok)

            let deleted = try await app.api(.DELETE, "/api/v1/statuses/\(post.id)", token: anna.token)
            #expect(deleted.status == .ok)
            let json = try deleted.object
            #expect(json["id"] as? String == post.id)
            #expect(json["text"] as? String == "Versehentlich gepostet #oops")
            #expect((json["content"] as? String)?.contains("Versehentlich") == true)
            #expect(try await app.api(.GET, "/api/v1/statuses/\(post.id)", token: anna.token).status == .notFound)
            #expect(try await app.api(.DELETE, "/api/v1/statuses/\(post.id)", token: anna.token).status == .notFound)
        }
    }

    @Test("a token without write scope cannot post; read-only tokens still read")
    func scopes() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna")
            let post = try await app.postStatus("Hallo", by: anna)
            let user = try #require(try await User.query(on: app.db).first())
            let (_, readOnly) = try await TokenService(database: app.db).create(for: user.requireID(), name: "Lesen", scopes: "read:statuses")
            let refused = try await app.api(.POST, "/api/v1/statuses", token: readOnly, json: #"{"status": "Nein"}"#)
            #expect(refused.status == .forbidden)
            #expect(try await app.api(.GET, "/api/v1/statuses/\(post.id)", token: readOnly).status == .ok)
            let (_, writeOnly) = try await TokenService(database: app.db).create(for: user.requireID(), name: "Schreiben", scopes: "write")
            #expect(try await app.api(.GET, "/api/v1/statuses/\(post.id)", token: writeOnly).status == .forbidden)
            #expect(try await app.api(.DELETE, "/api/v1/statuses/\(post.id)", token: readOnly).status == .forbidden)
        }
    }
}
