import Foundation
@testable import Social
import Testing
import TestSupport
import Vapor
import VaporTesting

/// A page's posts belong to its team: owners and editors correct and take down what the page published,
/// whoever of them wrote it, on the web and through the Mastodon API, and the page keeps who did it.
@Suite("Company pages: the team edits and deletes the page's posts")
struct PagePostTeamTests {
    @Test("An editor edits and deletes a page post another editor wrote, on the web and through the API; the record names her")
    func editorCorrectsAnother() async throws {
        try await withTestApp { app in
            let page = try await PageFixture.make(app)
            let first = try await page.publish("Preis: 100 Euro", by: page.owner, app)
            let second = try await page.publish("Messe am Montag", by: page.owner, app)

            #expect(try await page.editor.browser.get("/posts/\(first)/edit").status == .ok)
            let edited = try await page.editor.browser.post("/posts/\(first)/edit", form: ["text": "Preis: 110 Euro"])
            #expect(edited.status == .seeOther, "\(edited.text)")
            let shown = try await app.api(.GET, "/api/v1/statuses/\(first)").text
            #expect(shown.contains("Preis: 110 Euro") && !shown.contains("Preis: 100 Euro"))
            // The version before stays in the post's history.
            #expect(try await TestBrowser(app).get("/posts/\(first)/history").text.contains("Preis: 100 Euro"))

            let viaAPI = try await app.api(.PUT, "/api/v1/statuses/\(second)", token: page.editor.token, json: #"{"status": "Messe am Dienstag"}"#)
            #expect(viaAPI.status == .ok, "\(viaAPI.text)")
            #expect(try viaAPI.decoded(MastodonStatus.self).content.contains("Messe am Dienstag"))

            #expect(try await app.api(.DELETE, "/api/v1/statuses/\(second)", token: page.editor.token).status == .ok)
            #expect(try await app.api(.GET, "/api/v1/statuses/\(second)").status == .notFound)
            #expect(try await page.editor.browser.post("/posts/\(first)/delete").status == .seeOther)
            #expect(try await app.api(.GET, "/api/v1/statuses/\(first)").status == .notFound)

            let record = try await page.owner.browser.get("\(page.path)/manage").text
            #expect(record.contains("Edda hat einen Beitrag bearbeitet") && record.contains("Edda hat einen Beitrag gelöscht"))
            #expect(try await page.owner.browser.post("/language", form: ["language": "en", "return_to": page.path]).status == .seeOther)
            #expect(try await page.owner.browser.get("\(page.path)/manage").text.contains("Edda deleted a post"))
        }
    }

    @Test("An owner edits and deletes what an editor published")
    func ownerCorrectsEditor() async throws {
        try await withTestApp { app in
            let page = try await PageFixture.make(app)
            let post = try await page.publish("Falscher Termin", by: page.editor, app)
            // The post card offers the owner both.
            let card = try await page.owner.browser.get("/posts/\(post)").text
            #expect(card.contains("/posts/\(post)/edit") && card.contains("/posts/\(post)/delete"))
            let edited = try await app.api(.PUT, "/api/v1/statuses/\(post)", token: page.owner.token, json: #"{"status": "Richtiger Termin"}"#)
            #expect(edited.status == .ok, "\(edited.text)")
            #expect(try await page.owner.browser.post("/posts/\(post)/delete").status == .seeOther)
            #expect(try await app.api(.GET, "/api/v1/statuses/\(post)").status == .notFound)
            let record = try await page.owner.browser.get("\(page.path)/manage").text
            #expect(record.contains("Olga hat einen Beitrag bearbeitet") && record.contains("Olga hat einen Beitrag gelöscht"))
        }
    }

    @Test("An analyst, a moderator and an outsider may neither edit nor delete a page post, on the web or through the API")
    func othersMayNot() async throws {
        try await withTestApp { app in
            let page = try await PageFixture.make(app)
            let outsider = try await app.apiMember("otto")
            let post = try await page.publish("Bleibt wie er ist", by: page.editor, app)
            for member in [page.analyst, page.moderator, outsider] {
                #expect(try await member.browser.get("/posts/\(post)/edit").status == .forbidden, "\(member.username)")
                #expect(try await member.browser.post("/posts/\(post)/edit", form: ["text": "Gekapert"]).status == .forbidden, "\(member.username)")
                #expect(try await member.browser.post("/posts/\(post)/delete").status == .forbidden, "\(member.username)")
                let put = try await app.api(.PUT, "/api/v1/statuses/\(post)", token: member.token, json: #"{"status": "Gekapert"}"#)
                #expect(put.status == .forbidden, "\(member.username)")
                #expect(try await app.api(.DELETE, "/api/v1/statuses/\(post)", token: member.token).status == .forbidden, "\(member.username)")
                #expect(!(try await member.browser.get("/posts/\(post)").text.contains("/posts/\(post)/edit")), "\(member.username)")
            }
            let shown = try await app.api(.GET, "/api/v1/statuses/\(post)")
            #expect(shown.status == .ok && shown.text.contains("Bleibt wie er ist") && !shown.text.contains("Gekapert"))
            // A members-only post is not found by a visitor, let alone changed.
            let membersOnly = try await page.publish("Nur intern", by: page.editor, app, visibility: "members")
            #expect(try await app.api(.DELETE, "/api/v1/statuses/\(membersOnly)").status == .unauthorized)
            #expect(try await TestBrowser(app).get("/posts/\(membersOnly)").status == .notFound)
            #expect(try await page.owner.browser.get("\(page.path)/manage").text.contains("Noch hat niemand Beiträge der Seite bearbeitet"))
        }
    }

    @Test("A moderator deletes a customer's comment under a page post, but not the page post nor comments elsewhere")
    func moderatorRemovesComment() async throws {
        try await withTestApp { app in
            let page = try await PageFixture.make(app)
            let customer = try await app.apiMember("kunde")
            let post = try await page.publish("Unser neues Produkt", by: page.editor, app)
            let rude = try await app.postStatus("Beleidigung", by: customer, extra: #", "in_reply_to_id": "\#(post)""#)
            let spam = try await app.postStatus("Werbung", by: customer, extra: #", "in_reply_to_id": "\#(post)""#)
            let own = try await app.postStatus("Mein eigener Beitrag", by: customer)
            let elsewhere = try await app.postStatus("Kommentar woanders", by: customer, extra: #", "in_reply_to_id": "\#(own.id)""#)

            // The card shows the moderator the delete button under the customer's comment.
            #expect(try await page.moderator.browser.get("/posts/\(post)").text.contains("/posts/\(rude.id)/delete"))
            #expect(try await page.moderator.browser.post("/posts/\(rude.id)/delete").status == .seeOther)
            #expect(try await app.api(.DELETE, "/api/v1/statuses/\(spam.id)", token: page.moderator.token).status == .ok)
            let thread = try await TestBrowser(app).get("/posts/\(post)").text
            #expect(!thread.contains("Beleidigung") && !thread.contains("Werbung") && thread.contains("Unser neues Produkt"))

            #expect(try await page.moderator.browser.post("/posts/\(post)/delete").status == .forbidden)
            #expect(try await app.api(.DELETE, "/api/v1/statuses/\(elsewhere.id)", token: page.moderator.token).status == .forbidden)
            #expect(try await app.api(.GET, "/api/v1/statuses/\(elsewhere.id)").status == .ok)
            let record = try await page.owner.browser.get("\(page.path)/manage").text
            #expect(record.contains("Moritz hat einen Kommentar gelöscht"))
        }
    }

    @Test("An instance administrator deletes a page post and a member's comment anywhere, but edits nothing of others")
    func administratorRemoves() async throws {
        try await withTestApp { app in
            let page = try await PageFixture.make(app)
            let member = try await app.apiMember("mia")
            let other = try await app.apiMember("max")
            let post = try await page.publish("Missgeschick in der Krise", by: page.editor, app)
            let memberPost = try await app.postStatus("Offene Frage", by: member)
            let comment = try await app.postStatus("Unpassender Kommentar", by: other, extra: #", "in_reply_to_id": "\#(memberPost.id)""#)

            let edit = try await app.api(.PUT, "/api/v1/statuses/\(memberPost.id)", token: page.admin.token, json: #"{"status": "Geändert"}"#)
            #expect(edit.status == .forbidden)
            #expect(try await app.api(.DELETE, "/api/v1/statuses/\(post)", token: page.admin.token).status == .ok)
            #expect(try await page.admin.browser.post("/posts/\(comment.id)/delete").status == .seeOther)
            #expect(try await app.api(.GET, "/api/v1/statuses/\(post)").status == .notFound)
            #expect(try await app.api(.GET, "/api/v1/statuses/\(comment.id)").status == .notFound)
            #expect(try await app.api(.GET, "/api/v1/statuses/\(memberPost.id)").text.contains("Offene Frage"))
            #expect(try await page.owner.browser.get("\(page.path)/manage").text.contains("Admin hat einen Beitrag gelöscht"))
        }
    }
}

extension PageFixture {
    /// Publishes through the page's composer and returns the new post's id.
    func publish(_ text: String, by member: APIMember, _ app: Application, visibility: String = "public",
                 sourceLocation: SourceLocation = #_sourceLocation) async throws -> String {
        let published = try await member.browser.post("\(path)/posts", form: ["text": text, "visibility": visibility])
        #expect(published.status == .seeOther, "\(published.text)", sourceLocation: sourceLocation)
        let statuses = try await app.api(.GET, "/api/v1/accounts/\(try await accountID(app))/statuses", token: member.token).array
        let post = try #require(statuses.first { ($0["content"] as? String)?.contains(text) == true }, sourceLocation: sourceLocation)
        return try #require(post["id"] as? String, sourceLocation: sourceLocation)
    }
}
