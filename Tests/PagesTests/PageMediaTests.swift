import Fluent
import Foundation
@testable import Media
import Testing
import TestSupport
import Vapor
import VaporTesting

/// A page posts photos and videos like a person, and shows its own logo and header image.
@Suite("Company pages: photos in posts, logo and header image")
struct PageMediaTests {
    @Test("A page post with a photo appears on the page with the photo; the photo is the page's own")
    func postWithPhoto() async throws {
        try await withTestApp { app in
            let page = try await PageFixture.make(app)
            #expect(try await page.editor.browser.post("\(page.path)/blocks", form: ["kind": "latest_posts"]).status == .seeOther)
            #expect(try await page.editor.browser.get(page.path).text.contains(#"name="media""#))
            let token = try await page.editor.browser.currentCSRFToken()
            let published = try await app.apiUpload("\(page.path)/posts?_csrf=\(token)", token: nil,
                                                    fields: [("text", "Unser neuer Sensor"), ("visibility", "public"), ("media_description", "Der Sensor MS-300")],
                                                    files: [UploadPart(field: "media", filename: "sensor.png", contentType: "image/png",
                                                                       data: try await PageFixture.picture())],
                                                    cookie: page.editor.browser.cookieHeader)
            #expect(published.status == .seeOther, "\(published.text)")

            let shown = try await TestBrowser(app).get(page.path).text
            #expect(shown.contains("Unser neuer Sensor") && shown.contains("Der Sensor MS-300"))
            let source = try #require(shown.firstMatch(of: /src="(\/media\/[0-9]+\/[a-z]+)"/).map { String($0.1) })
            #expect(try await app.api(.GET, source).status == .ok)
            let statuses = try await app.api(.GET, "/api/v1/accounts/\(try await page.accountID(app))/statuses").array
            #expect((statuses.first?["media_attachments"] as? [[String: Any]])?.count == 1)
            let pageID = try #require(Int64(try await page.accountID(app)))
            #expect(try await MediaAttachment.query(on: app.db).all().map(\.ownerID) == [pageID])

            // A text-less photo post is fine; a moderator's post with a photo is refused before it is read.
            let moderatorToken = try await page.moderator.browser.currentCSRFToken()
            let refused = try await app.apiUpload("\(page.path)/posts?_csrf=\(moderatorToken)", token: nil, fields: [("text", "Darf ich?")],
                                                  files: [UploadPart(field: "media", filename: "x.png", contentType: "image/png",
                                                                     data: try await PageFixture.picture())],
                                                  cookie: page.moderator.browser.cookieHeader)
            #expect(refused.status == .forbidden)
            #expect(try await MediaAttachment.query(on: app.db).count() == 1)
        }
    }

    @Test("A refused page post with a photo keeps the typed text and leaves no file behind")
    func refusedPostWithPhoto() async throws {
        try await withTestApp { app in
            let page = try await PageFixture.make(app)
            let token = try await page.editor.browser.currentCSRFToken()
            let refused = try await app.apiUpload("\(page.path)/posts?_csrf=\(token)", token: nil,
                                                  fields: [("text", "Nur für Freunde"), ("visibility", "friends")],
                                                  files: [UploadPart(field: "media", filename: "sensor.png", contentType: "image/png",
                                                                     data: try await PageFixture.picture())],
                                                  cookie: page.editor.browser.cookieHeader)
            #expect(refused.status == .unprocessableEntity && refused.text.contains("Nur für Freunde"))
            #expect(try await MediaAttachment.query(on: app.db).count() == 0)
        }
    }

    @Test("A page sets a logo and header image, shown on the page, on its post cards and as the API account's avatar and header")
    func logoAndHeader() async throws {
        try await withTestApp { app in
            let page = try await PageFixture.make(app)
            let post = try await page.publish("Mit Logo", by: page.editor, app)
            let token = try await page.owner.browser.currentCSRFToken()
            let saved = try await app.apiUpload("\(page.path)/pictures?_csrf=\(token)", token: nil, files: [
                UploadPart(field: "avatar", filename: "logo.png", contentType: "image/png", data: try await PageFixture.picture()),
                UploadPart(field: "header", filename: "kopf.png", contentType: "image/png", data: try await PageFixture.picture()),
            ], cookie: page.owner.browser.cookieHeader)
            #expect(saved.status == .seeOther, "\(saved.text)")

            let account = try await app.api(.GET, "/api/v1/accounts/lookup?acct=\(page.slug)").object
            let avatar = try #require(account["avatar"] as? String)
            let header = try #require(account["header"] as? String)
            let avatarPath = try #require(avatar.firstMatch(of: /\/media\/[0-9]+\/small/).map { String($0.0) })
            let headerPath = try #require(header.firstMatch(of: /\/media\/[0-9]+\/large/).map { String($0.0) })
            #expect(try await app.api(.GET, avatarPath).status == .ok)
            #expect(try await app.api(.GET, headerPath).status == .ok)

            let shown = try await TestBrowser(app).get(page.path).text
            #expect(shown.contains(#"class="profile-banner" src="\#(headerPath)""#) && shown.contains(#"class="avatar picture" src="\#(avatarPath)""#))
            #expect(!shown.contains(">BA</div>"))
            #expect(try await TestBrowser(app).get("/posts/\(post)").text.contains(#"class="avatar small picture" src="\#(avatarPath)""#))

            // The logo goes again; the API falls back to the default picture.
            let removed = try await app.apiUpload("\(page.path)/pictures?_csrf=\(token)", token: nil, fields: [("remove_avatar", "1")],
                                                  files: [], cookie: page.owner.browser.cookieHeader)
            #expect(removed.status == .seeOther)
            #expect(try await app.api(.GET, "/api/v1/accounts/lookup?acct=\(page.slug)").object["avatar"] as? String != avatar)
            #expect(try await app.api(.GET, avatarPath).status == .notFound)
        }
    }

    @Test("Only the page's writers change its pictures; a file that is no picture is refused with 422")
    func picturesRefused() async throws {
        try await withTestApp { app in
            let page = try await PageFixture.make(app)
            for member in [page.analyst, page.moderator] {
                let token = try await member.browser.currentCSRFToken()
                let refused = try await app.apiUpload("\(page.path)/pictures?_csrf=\(token)", token: nil, files: [
                    UploadPart(field: "avatar", filename: "logo.png", contentType: "image/png", data: try await PageFixture.picture()),
                ], cookie: member.browser.cookieHeader)
                #expect(refused.status == .forbidden, "\(member.username)")
            }
            let token = try await page.editor.browser.currentCSRFToken()
            let notAPicture = try await app.apiUpload("\(page.path)/pictures?_csrf=\(token)", token: nil, files: [
                UploadPart(field: "avatar", filename: "logo.png", contentType: "image/png", data: Data("kein Bild".utf8)),
            ], cookie: page.editor.browser.cookieHeader)
            #expect(notAPicture.status == .unprocessableEntity && notAPicture.text.contains(#"id="pictures""#))
            #expect(try await MediaAttachment.query(on: app.db).count() == 0)
            #expect((try await app.api(.GET, "/api/v1/accounts/lookup?acct=\(page.slug)").object["avatar"] as? String)?.hasSuffix("/images/avatar.png") == true)
        }
    }
}
