import Foundation
import Testing
import TestSupport
import Vapor
import VaporTesting

@Suite("Company pages: reviews")
struct PageReviewsTests {
    @Test("members rate once, edit and delete their review; a second review is refused with nothing written")
    func rating() async throws {
        try await withTestApp { app in
            let page = try await PageFixture.make(app)
            let rita = try await app.apiMember("rita")
            let paul = try await app.apiMember("paul")
            let rated = try await rita.browser.post("\(page.path)/reviews", form: ["stars": "4", "text": "Freundlich und schnell."])
            #expect(rated.status == .seeOther)
            #expect(try await paul.browser.post("\(page.path)/reviews", form: ["stars": "5", "text": "Top!"]).status == .seeOther)
            let shown = try await TestBrowser(app).get(page.path).text
            #expect(shown.contains("4,5 von 5 Sternen (2 Bewertungen)") && shown.contains("Freundlich und schnell."))

            let again = try await rita.browser.post("\(page.path)/reviews", form: ["stars": "1", "text": "Doch nicht."])
            #expect(again.status == .conflict)
            #expect(again.text.contains("Sie haben diese Seite bereits bewertet – Sie können Ihre Bewertung bearbeiten."))
            #expect(again.text.contains("Bewertung ändern") && again.text.contains("Freundlich und schnell."))
            #expect(try await app.count("page_reviews") == 2)
            #expect(try await TestBrowser(app).get(page.path).text.contains("Doch nicht.") == false)

            #expect(try await rita.browser.post("\(page.path)/reviews/mine", form: ["stars": "2", "text": "Leider langsamer geworden."]).status == .seeOther)
            let edited = try await TestBrowser(app).get(page.path).text
            #expect(edited.contains("3,5 von 5 Sternen (2 Bewertungen)") && edited.contains("Leider langsamer geworden."))
            #expect(try await rita.browser.post("\(page.path)/reviews/mine/delete").status == .seeOther)
            #expect(try await TestBrowser(app).get(page.path).text.contains("5,0 von 5 Sternen (1 Bewertung)"))
        }
    }

    @Test("two first reviews at once leave exactly one")
    func race() async throws {
        try await withTestApp { app in
            let page = try await PageFixture.make(app)
            let rita = try await app.apiMember("rita")
            // Both requests as the same browser session, sent at once.
            let token = try await rita.browser.currentCSRFToken()
            let cookie = rita.browser.cookieHeader
            @Sendable func send(_ text: String) async throws -> HTTPResponseStatus {
                let headers: HTTPHeaders = ["Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie]
                let body = "_csrf=\(TestBrowser.formEncode(token))&stars=4&text=\(text)"
                return try await app.testing().sendRequest(.POST, "\(page.path)/reviews", headers: headers, body: ByteBuffer(string: body)).status
            }
            async let first = send("Eins")
            async let second = send("Zwei")
            let statuses = try await [first, second]
            #expect(statuses.filter { $0 == .seeOther }.count == 1 && statuses.contains(.conflict))
            #expect(try await app.count("page_reviews") == 1)
        }
    }

    @Test("bad input is refused with the typed text kept; the team and visitors do not rate")
    func refusals() async throws {
        try await withTestApp { app in
            let page = try await PageFixture.make(app)
            let rita = try await app.apiMember("rita")
            let noStars = try await rita.browser.post("\(page.path)/reviews", form: ["stars": "7", "text": "Sieben Sterne!"])
            #expect(noStars.status == .unprocessableEntity && noStars.text.contains("Bitte 1 bis 5 Sterne wählen.") && noStars.text.contains("Sieben Sterne!"))
            let long = try await rita.browser.post("\(page.path)/reviews", form: ["stars": "3", "text": String(repeating: "x", count: 2_001)])
            #expect(long.status == .unprocessableEntity)
            #expect(try await page.editor.browser.post("\(page.path)/reviews", form: ["stars": "5", "text": "Wir sind super"]).status == .forbidden)
            #expect(try await page.editor.browser.get(page.path).text.contains(#"id="review-form""#) == false)
            let visitor = try await TestBrowser(app).post("\(page.path)/reviews", form: ["stars": "5", "text": "Anonym"])
            #expect(visitor.status == .seeOther && visitor.location?.hasPrefix("/login") == true, "visitors are asked to log in")
            #expect(try await rita.browser.post("\(page.path)/reviews/mine", form: ["stars": "3", "text": "Nie geschrieben"]).status == .notFound)
            #expect(try await app.count("page_reviews") == 0)
        }
    }

    @Test("moderators and owners answer a review publicly; editors and others may not")
    func replies() async throws {
        try await withTestApp { app in
            let page = try await PageFixture.make(app)
            let rita = try await app.apiMember("rita")
            #expect(try await rita.browser.post("\(page.path)/reviews", form: ["stars": "3", "text": "Geht so."]).status == .seeOther)
            let html = try await page.moderator.browser.get(page.path).text
            let reviewID = try #require(html.firstMatch(of: /id="review-(\d+)"/).map { String($0.1) })
            #expect(try await page.editor.browser.post("\(page.path)/reviews/\(reviewID)/reply", form: ["reply": "Hm"]).status == .forbidden)
            #expect(try await rita.browser.post("\(page.path)/reviews/\(reviewID)/reply", form: ["reply": "Selbst"]).status == .forbidden)
            let replied = try await page.moderator.browser.post("\(page.path)/reviews/\(reviewID)/reply", form: ["reply": "Danke, wir arbeiten daran!"])
            #expect(replied.status == .seeOther)
            let shown = try await TestBrowser(app).get(page.path).text
            #expect(shown.contains("Antwort der Seite") && shown.contains("Danke, wir arbeiten daran!"))
            #expect(try await page.owner.browser.post("\(page.path)/reviews/\(reviewID)/reply", form: ["reply": "Versprochen."]).status == .seeOther)
            let replaced = try await TestBrowser(app).get(page.path).text
            #expect(replaced.contains("Versprochen.") && !replaced.contains("Danke, wir arbeiten daran!"))
        }
    }

    @Test("an overlong reply to a review is refused with 422 beside its field, keeping what the team typed")
    func overlongReplyKeepsTheText() async throws {
        try await withTestApp { app in
            let page = try await PageFixture.make(app)
            let rita = try await app.apiMember("rita")
            #expect(try await rita.browser.post("\(page.path)/reviews", form: ["stars": "2", "text": "Lieferung kam spät."]).status == .seeOther)
            let html = try await page.moderator.browser.get(page.path).text
            let reviewID = try #require(html.firstMatch(of: /id="review-(\d+)"/).map { String($0.1) })
            let typed = "Entschuldigung! " + String(repeating: "x", count: 2_000)
            let refused = try await page.moderator.browser.post("\(page.path)/reviews/\(reviewID)/reply", form: ["reply": typed])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains(#"id="reply-\#(reviewID)""#))
            #expect(refused.text.contains(typed))
            #expect(refused.text.contains("field-error"))
            let shown = try await TestBrowser(app).get(page.path).text
            #expect(!shown.contains("Entschuldigung!"))
        }
    }
}
