import Foundation
@testable import Media
@testable import Social
import Testing
import TestSupport
import TreffpunktCore
import Vapor
import VaporTesting

@Suite("Social: photos and videos on posts")
struct MediaOnPostsTests {
    /// A small PNG made with libvips, as a phone's picture would arrive.
    private func picture(width: Int = 64, height: Int = 48) async throws -> UploadPart {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("picture-\(UUID().uuidString).png")
        defer { try? FileManager.default.removeItem(at: file) }
        try await ExternalTool("vips").run(["black", file.path, String(width), String(height)])
        return UploadPart(filename: "picture.png", contentType: "image/png", data: try Data(contentsOf: file))
    }

    private func upload(_ app: Application, _ member: APIMember, description: String = "") async throws -> MastodonMediaAttachment {
        let response = try await app.apiUpload("/api/v2/media", token: member.token, fields: [("description", description)], files: [try await picture()])
        #expect(response.status == .ok, "\(response.text)")
        return try response.decoded(MastodonMediaAttachment.self)
    }

    private func path(_ address: String?) throws -> String {
        let text = try #require(address)
        let url = try #require(URL(string: text))
        return url.path + (url.query.map { "?" + $0 } ?? "")
    }

    @Test("a friends-only post's photo reaches friends and nobody else, and leaves with the friendship")
    func friendsOnlyPhoto() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna")
            let ben = try await app.apiMember("ben")
            let carla = try await app.apiMember("carla")
            try await app.befriend(ben, anna)
            let medium = try await upload(app, anna, description: "Team beim Sommerfest")
            let status = try await app.postStatus("Nur für Freunde", visibility: "private", by: anna, extra: #", "media_ids": ["\#(medium.id)"]"#)
            #expect(status.media_attachments.map(\.id) == [medium.id])
            #expect(status.media_attachments.first?.description == "Team beim Sommerfest")

            let asBen = try await app.api(.GET, "/api/v1/statuses/\(status.id)", token: ben.token).decoded(MastodonStatus.self)
            let bensAddress = try path(asBen.media_attachments.first?.url)
            #expect(bensAddress.contains("access=\(ben.id)."))
            #expect(try await app.api(.GET, bensAddress).status == .ok)
            // Tokens sign in under /api only: an app loads a file by the signed address, a token alone opens nothing.
            #expect(try await app.api(.GET, "/media/\(medium.id)/small", token: ben.token).status == .notFound)
            let bensPage = try await ben.browser.get("/posts/\(status.id)")
            #expect(bensPage.text.contains(#"src="/media/\#(medium.id)/small""#) && bensPage.text.contains(#"alt="Team beim Sommerfest""#))

            // A stranger: no post, no file, by token, by session or without anything.
            #expect(try await app.api(.GET, "/api/v1/statuses/\(status.id)", token: carla.token).status == .notFound)
            for variant in ["small", "large"] {
                #expect(try await app.api(.GET, "/media/\(medium.id)/\(variant)", token: carla.token).status == .notFound)
                #expect(try await app.api(.GET, "/media/\(medium.id)/\(variant)").status == .notFound)
                #expect(try await carla.browser.get("/media/\(medium.id)/\(variant)").status == .notFound)
            }
            #expect(try await carla.browser.get("/media/\(medium.id)/status").status == .notFound)

            // The signature names Ben; the policy is asked again on every fetch.
            #expect(try await app.api(.POST, "/api/v1/accounts/\(anna.id)/unfollow", token: ben.token).status == .ok)
            #expect(try await app.api(.GET, bensAddress).status == .notFound)
        }
    }

    @Test("the edit history shows each version's photos; a photo an edit took off stays visible to the post's readers only")
    func historyWithMedia() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna")
            let ben = try await app.apiMember("ben")
            let carla = try await app.apiMember("carla")
            try await app.befriend(ben, anna)
            let first = try await upload(app, anna, description: "Erstes Bild")
            let second = try await upload(app, anna, description: "Zweites Bild")
            let status = try await app.postStatus("Zwei Bilder", visibility: "private", by: anna,
                                                  extra: #", "media_ids": ["\#(first.id)", "\#(second.id)"]"#)
            let edited = try await app.api(.PUT, "/api/v1/statuses/\(status.id)", token: anna.token,
                                           json: #"{"status": "Nur noch ein Bild", "media_ids": ["\#(second.id)"]}"#)
            #expect(try edited.decoded(MastodonStatus.self).media_attachments.map(\.id) == [second.id])

            let history = try await app.api(.GET, "/api/v1/statuses/\(status.id)/history", token: ben.token).array
            let versions = history.map { (($0["media_attachments"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String } }
            #expect(versions == [[first.id, second.id], [second.id]])
            let removed = try #require((history.first?["media_attachments"] as? [[String: Any]])?.first?["preview_url"] as? String)
            let address = try path(removed)
            #expect(try await app.api(.GET, address).status == .ok)
            #expect(try await app.api(.GET, "/media/\(first.id)/small", token: carla.token).status == .notFound)
            #expect(try await ben.browser.get("/posts/\(status.id)/history").text.contains(#"alt="Erstes Bild""#))
        }
    }

    @Test("what may be attached: own processed uploads, up to 4 images or 1 video, each on one post")
    func attachmentRules() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna")
            let ben = try await app.apiMember("ben")
            var ids: [String] = []
            for _ in 0..<5 { ids.append(try await upload(app, anna).id) }
            func post(_ mediaIDs: [String], by member: APIMember = anna) async throws -> TestingHTTPResponse {
                let list = mediaIDs.map { "\"\($0)\"" }.joined(separator: ", ")
                return try await app.api(.POST, "/api/v1/statuses", token: member.token,
                                         json: #"{"status": "Bilder", "media_ids": [\#(list)]}"#)
            }
            let five = try await post(ids)
            #expect(five.status == .unprocessableEntity && five.errorMessage == "Ein Beitrag trägt bis zu 4 Bilder oder 1 Video.")
            let foreign = try await post([ids[0]], by: ben)
            #expect(foreign.status == .unprocessableEntity && foreign.errorMessage?.contains("gehört jemand anderem") == true)
            #expect(try await post(["12345"]).status == .unprocessableEntity)
            #expect(try await post(["kein-id"]).status == .badRequest)

            let four = try await post(Array(ids.prefix(4)))
            #expect(four.status == .ok)
            #expect(try four.decoded(MastodonStatus.self).media_attachments.map(\.id) == Array(ids.prefix(4)))
            let again = try await post([ids[0]])
            #expect(again.status == .unprocessableEntity && again.errorMessage?.contains("schon an einem anderen Beitrag") == true)

            // A photo may speak for itself.
            let onlyPhoto = try await app.api(.POST, "/api/v1/statuses", token: anna.token, json: #"{"status": "", "media_ids": ["\#(ids[4])"]}"#)
            #expect(onlyPhoto.status == .ok)
            let photoPost = try onlyPhoto.decoded(MastodonStatus.self)
            #expect(try await app.api(.PUT, "/api/v1/statuses/\(photoPost.id)", token: anna.token, json: #"{"status": "Jetzt mit Text"}"#).status == .ok)
            #expect(try await app.api(.PUT, "/api/v1/statuses/\(photoPost.id)", token: anna.token, json: #"{"status": ""}"#).status == .ok)
            // An edit with media_ids replaces the attachments; without media_ids they stay.
            let fourPost = try four.decoded(MastodonStatus.self)
            let fewer = try await app.api(.PUT, "/api/v1/statuses/\(fourPost.id)", token: anna.token,
                                          json: #"{"status": "Bilder", "media_ids": ["\#(ids[3])", "\#(ids[0])"]}"#)
            #expect(try fewer.decoded(MastodonStatus.self).media_attachments.map(\.id) == [ids[3], ids[0]])
            let kept = try await app.api(.PUT, "/api/v1/statuses/\(fourPost.id)", token: anna.token, json: #"{"status": "Bilder!"}"#)
            #expect(try kept.decoded(MastodonStatus.self).media_attachments.map(\.id) == [ids[3], ids[0]])
            #expect(try await app.api(.PUT, "/api/v1/statuses/\(fourPost.id)", token: anna.token,
                                      json: #"{"status": "x", "media_ids": ["\#(ids[4])"]}"#).status == .unprocessableEntity)
            #expect(try await app.api(.POST, "/api/v1/statuses", token: anna.token, json: #"{"status": "Zahl", "media_ids": [\#(ids[4])]}"#).status == .unprocessableEntity)

            // only_media keeps the posts with photos or videos.
            _ = try await app.postStatus("Nur Text", visibility: "unlisted", by: anna)
            let mine = try await app.api(.GET, "/api/v1/accounts/\(anna.id)/statuses?only_media=true", token: anna.token).ids
            #expect(mine.count == 2)
            #expect(mine == [photoPost.id, try four.decoded(MastodonStatus.self).id])
            #expect(try await app.api(.GET, "/api/v1/accounts/\(anna.id)/statuses", token: anna.token).ids.count == 3)
            #expect(try await app.api(.POST, "/api/v1/statuses", token: anna.token, json: #"{"status": ""}"#).status == .unprocessableEntity)
        }
    }

    @Test("in the browser: a video is posted at once, shows its progress while processed, then plays")
    func videoInTheBrowser() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna")
            let clip = FileManager.default.temporaryDirectory.appendingPathComponent("clip-\(UUID().uuidString).mov")
            defer { try? FileManager.default.removeItem(at: clip) }
            try await ExternalTool("ffmpeg").run(["-nostdin", "-v", "error", "-f", "lavfi", "-i", "testsrc=size=160x120:rate=10", "-t", "1",
                                                  "-c:v", "mpeg4", clip.path])
            let token = try await anna.browser.currentCSRFToken()
            let posted = try await app.apiUpload("/posts?_csrf=\(token)", token: nil,
                                                 fields: [("text", "Rundgang durch die Halle"), ("media_description", "Kamerafahrt durch Halle 3")],
                                                 files: [UploadPart(field: "media", filename: "rundgang.mov", contentType: "video/quicktime",
                                                                    data: try Data(contentsOf: clip))],
                                                 cookie: anna.browser.cookieHeader)
            #expect(posted.status == .seeOther, "\(posted.text)")
            let medium = try #require(try await MediaAttachment.query(on: app.db).first())
            let status = try await anna.browser.get("/media/\(medium.requireID())/status")
            #expect(status.status == .ok && status.text.contains(#""state""#))

            await app.mediaJobs.idle()
            let feed = try await anna.browser.get("/").text
            #expect(feed.contains(#"src="/media/\#(medium.requireID())/video""#) && feed.contains(#"aria-label="Kamerafahrt durch Halle 3""#))
            #expect(!feed.contains("data-media-status"))
            #expect(try await anna.browser.get("/media/\(medium.requireID())/status").text.contains(#""progress":100"#))
        }
    }

    @Test("in the browser: a photo posted with alt text shows in the post and in the gallery of those who may see it")
    func composerAndGallery() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna")
            let ben = try await app.apiMember("ben")
            let token = try await anna.browser.currentCSRFToken()
            let posted = try await app.apiUpload("/posts?_csrf=\(token)", token: nil,
                                                 fields: [("text", "Unser neuer Messestand"), ("visibility", "friends"),
                                                          ("media_description", "Stand mit Logo"), ("return_to", "/")],
                                                 files: [UploadPart(field: "media", filename: "stand.png", contentType: "image/png", data: try await picture().data)],
                                                 cookie: anna.browser.cookieHeader)
            #expect(posted.status == .seeOther, "\(posted.text)")
            let feed = try await anna.browser.get("/")
            #expect(feed.text.contains(#"alt="Stand mit Logo""#))
            let gallery = try await anna.browser.get("/@anna/media")
            #expect(gallery.status == .ok && gallery.text.contains(#"alt="Stand mit Logo""#))
            // Ben is no friend: the friends-only photo is not in his view of the gallery.
            #expect(!(try await ben.browser.get("/@anna/media").text.contains("Stand mit Logo")))
            #expect(try await app.api(.GET, "/@anna/media").text.contains("Noch keine Fotos oder Videos"))

            // Without the form token in the address the upload is refused; a refused post keeps no photo.
            let forged = try await app.apiUpload("/posts", token: nil, fields: [("text", "x")],
                                                 files: [UploadPart(field: "media", filename: "a.png", contentType: "image/png", data: try await picture().data)],
                                                 cookie: anna.browser.cookieHeader)
            #expect(forged.status == .forbidden)
            let tooLong = try await app.apiUpload("/posts?_csrf=\(token)", token: nil, fields: [("text", String(repeating: "x", count: 5_001))],
                                                  files: [UploadPart(field: "media", filename: "a.png", contentType: "image/png", data: try await picture().data)],
                                                  cookie: anna.browser.cookieHeader)
            #expect(tooLong.status == .unprocessableEntity && tooLong.text.contains("höchstens 5.000 Zeichen"))
            #expect(try await MediaAttachment.query(on: app.db).count() == 1)

            // The author changes the alt text from the post's page.
            let medium = try #require(try await MediaAttachment.query(on: app.db).first())
            let changed = try await anna.browser.post("/media/\(medium.requireID())/description",
                                                      form: ["description": "Messestand \"Halle 3\" <neu>", "return_to": "/"])
            #expect(changed.status == .seeOther)
            #expect(try await anna.browser.get("/").text.contains(#"alt="Messestand &quot;Halle 3&quot; &lt;neu&gt;""#))
            #expect(try await ben.browser.post("/media/\(medium.requireID())/description", form: ["description": "x"]).status == .notFound)

            // A comment carries a photo too.
            let postID = try #require(try await Post.query(on: app.db).first()?.requireID())
            let commented = try await app.apiUpload("/posts/\(postID)/comments?_csrf=\(token)", token: nil,
                                                    fields: [("text", "So sah es am Abend aus"), ("media_description", "Stand bei Nacht")],
                                                    files: [UploadPart(field: "media", filename: "nacht.png", contentType: "image/png", data: try await picture().data)],
                                                    cookie: anna.browser.cookieHeader)
            #expect(commented.status == .seeOther, "\(commented.text)")
            #expect(try await anna.browser.get("/posts/\(postID)").text.contains(#"alt="Stand bei Nacht""#))
        }
    }
}
