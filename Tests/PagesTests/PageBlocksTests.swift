import Fluent
import Foundation
@testable import Media
import Testing
import TestSupport
import Vapor
import VaporTesting

@Suite("Company pages: building blocks")
struct PageBlocksTests {
    /// Adds a block of `kind` as `member` and returns its id (the address it leads to).
    private func add(_ kind: String, on page: PageFixture, as member: APIMember) async throws -> String {
        let added = try await member.browser.post("\(page.path)/blocks", form: ["kind": kind])
        #expect(added.status == .seeOther)
        return try #require(added.location?.split(separator: "/").last.map(String.init))
    }

    @Test("editors add blocks of each kind, fill them in, move them and remove them")
    func building() async throws {
        try await withTestApp { app in
            let page = try await PageFixture.make(app)
            let text = try await add("text", on: page, as: page.editor)
            #expect(try await page.editor.browser.post("\(page.path)/blocks/\(text)",
                                                       form: ["title": "Willkommen", "body": "Erster Absatz.\n\nZweiter **Absatz**<script>alert(1)</script>."]).status == .seeOther)
            let links = try await add("links", on: page, as: page.editor)
            #expect(try await page.editor.browser.post("\(page.path)/blocks/\(links)",
                                                       form: ["title": "Links", "links": "Website | https://beispiel.de\nKatalog | http://beispiel.de/katalog"]).status == .seeOther)
            let team = try await add("team", on: page, as: page.editor)
            #expect(try await page.editor.browser.post("\(page.path)/blocks/\(team)",
                                                       form: ["title": "Team", "team": "olga | Chefin\n@moritz"]).status == .seeOther)
            for kind in ["contact", "latest_posts", "jobs"] { _ = try await add(kind, on: page, as: page.editor) }
            #expect(try await page.editor.browser.post("\(page.path)/about", form: ["name": "Beispiel AG", "phone": "+49 821 1", "imprint": "Beispiel AG, Augsburg"]).status == .seeOther)
            #expect(try await page.editor.browser.post("\(page.path)/posts", form: ["text": "Frisch gepostet", "visibility": "public"]).status == .seeOther)

            let shown = try await TestBrowser(app).get(page.path).text
            for expected in ["<p>Erster Absatz.</p>", "Zweiter <strong>Absatz</strong>", #"href="https://beispiel.de""#, "Katalog",
                             "Chefin", "Moritz", "+49 821 1", "Frisch gepostet", "Noch keine offenen Stellen", "Beispiel AG, Augsburg"] {
                #expect(shown.contains(expected), "missing: \(expected)")
            }
            // A text block is Markdown; what an editor's markup would run is taken out.
            #expect(shown.contains("alert(1)") == false)
            #expect(shown.range(of: "block-\(text)")!.lowerBound < shown.range(of: "block-\(links)")!.lowerBound)

            #expect(try await page.editor.browser.post("\(page.path)/blocks/\(links)/move", form: ["direction": "up"]).status == .seeOther)
            let moved = try await TestBrowser(app).get(page.path).text
            #expect(moved.range(of: "block-\(links)")!.lowerBound < moved.range(of: "block-\(text)")!.lowerBound)
            #expect(try await page.editor.browser.post("\(page.path)/blocks/\(links)/move", form: ["direction": "sideways"]).status == .badRequest)

            #expect(try await page.editor.browser.post("\(page.path)/blocks/\(text)/delete").status == .seeOther)
            #expect(try await TestBrowser(app).get(page.path).text.contains("Erster Absatz.") == false)
            #expect(try await app.count("page_blocks") == 5)
        }
    }

    @Test("bad input is refused with what was typed, and the block stays as it was")
    func badInput() async throws {
        try await withTestApp { app in
            let page = try await PageFixture.make(app)
            let links = try await add("links", on: page, as: page.editor)
            let badLink = try await page.editor.browser.post("\(page.path)/blocks/\(links)",
                                                             form: ["title": "Links", "links": "Gut | https://gut.de\nBöse | javascript:alert(1)"])
            #expect(badLink.status == .unprocessableEntity && badLink.text.contains("Zeile 2") && badLink.text.contains("javascript:alert(1)"))
            let team = try await add("team", on: page, as: page.editor)
            let unknown = try await page.editor.browser.post("\(page.path)/blocks/\(team)", form: ["title": "Team", "team": "olga\nniemand"])
            #expect(unknown.status == .unprocessableEntity && unknown.text.contains("Unbekannte Mitglieder: niemand"))
            let text = try await add("text", on: page, as: page.editor)
            #expect(try await page.editor.browser.post("\(page.path)/blocks/\(text)", form: ["title": "Leer", "body": " "]).status == .unprocessableEntity)
            #expect(try await page.editor.browser.post("\(page.path)/blocks", form: ["kind": "karussell"]).status == .unprocessableEntity)
            let about = try await page.editor.browser.post("\(page.path)/about", form: ["name": "Beispiel AG", "website": "ftp://beispiel.de"])
            #expect(about.status == .unprocessableEntity && about.text.contains("ftp://beispiel.de"))

            let shown = try await TestBrowser(app).get(page.path).text
            #expect(!shown.contains("gut.de") && !shown.contains("Olga") && !shown.contains("Leer") && !shown.contains("ftp://"))
            // Another page's block, and blocks for people outside the team, are out of reach.
            #expect(try await page.moderator.browser.post("\(page.path)/blocks/\(text)", form: ["body": "Gekapert"]).status == .forbidden)
            #expect(try await page.moderator.browser.post("\(page.path)/blocks", form: ["kind": "text"]).status == .forbidden)
            #expect(try await page.editor.browser.post("\(page.path)/blocks/12345/delete").status == .notFound)
        }
    }

    @Test("an image block shows an uploaded picture to everyone; a picture of someone else is refused")
    func image() async throws {
        try await withTestApp { app in
            let page = try await PageFixture.make(app)
            let block = try await add("image", on: page, as: page.editor)
            #expect(try await page.editor.browser.post("\(page.path)/blocks/\(block)", form: ["title": "Werk", "body": "Unser Werk"]).status == .seeOther)
            let token = try await page.editor.browser.currentCSRFToken()
            let uploaded = try await app.apiUpload("\(page.path)/blocks/\(block)/image?_csrf=\(token)", token: nil, files: [
                UploadPart(field: "image", filename: "werk.png", contentType: "image/png", data: try await PageFixture.picture()),
            ], cookie: page.editor.browser.cookieHeader)
            #expect(uploaded.status == .seeOther, "\(uploaded.text)")
            let shown = try await TestBrowser(app).get(page.path).text
            let source = try #require(shown.firstMatch(of: /class="page-image" src="([^"]+)" alt="Unser Werk"/).map { String($0.1) })
            #expect(try await app.api(.GET, source).status == .ok)

            // A picture the editor posted elsewhere is not the page's to show.
            let upload = try await app.apiUpload("/api/v2/media", token: page.editor.token, files: [
                UploadPart(filename: "privat.png", contentType: "image/png", data: try await PageFixture.picture()),
            ])
            let mediumID = try #require(try upload.object["id"] as? String)
            let foreign = try await app.apiUpload("\(page.path)/blocks/\(block)/image?_csrf=\(token)", token: nil,
                                                  fields: [("medium_id", mediumID)], files: [], cookie: page.editor.browser.cookieHeader)
            #expect(foreign.status == .unprocessableEntity && foreign.text.contains("gehört nicht zu dieser Seite"))
            #expect(try await TestBrowser(app).get(page.path).text.contains(source))
        }
    }

    @Test("A member outside the page's editors is answered 403 before the picture they post is read")
    func imageRefusedBeforeReading() async throws {
        try await withTestApp { app in
            let page = try await PageFixture.make(app)
            let block = try await add("image", on: page, as: page.editor)
            let outsider = try await app.apiMember("xaver")
            let tokens = [try await outsider.browser.currentCSRFToken(), try await page.moderator.browser.currentCSRFToken()]
            try await app.withRunningServer { base in
                for (member, token) in zip([outsider, page.moderator], tokens) {
                    // The body is announced but never finished: a server that read it first would still be waiting.
                    let status = try await UnfinishedRequest.status(
                        .POST, base, "\(page.path)/blocks/\(block)/image?_csrf=\(token)",
                        headers: ["Cookie": member.browser.cookieHeader, "Content-Type": "multipart/form-data; boundary=grenze"],
                        contentLength: 1_000_000,
                        firstBytes: "--grenze\r\nContent-Disposition: form-data; name=\"image\"; filename=\"werk.png\"\r\n\r\nerste Bytes")
                    #expect(status == .forbidden, "\(member.username)")
                }
            }
            #expect(try await MediaAttachment.query(on: app.db).count() == 0)
        }
    }
}
