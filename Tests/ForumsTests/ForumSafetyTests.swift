import Foundation
import Testing
import TestSupport
import Vapor
import VaporTesting

/// Known XSS payloads typed into the forum's forms come out neutralised on every page that shows them.
@Suite("Forum XSS")
struct ForumSafetyTests {
    @Test("payloads in category names, topic titles, topic texts and replies never become markup")
    func payloadsAreNeutralised() async throws {
        try await withTestApp { app in
            let forum = ForumFixtures(app: app)
            let anna = try await forum.member("anna"), lena = try await forum.member("lena")
            let category = try await forum.category("Sicherheit", by: anna)
            let baseline = try await lena.get("/forums/topics/\(try await forum.topic("Harmlos", in: category, by: lena))").text
            let layoutScripts = scriptCount(baseline)
            #expect(layoutScripts >= 1)
            // Pages that list the payloads, with the scripts they carry of their own before any payload.
            var listings: [(path: String, scripts: Int)] = []
            for path in ["/forums", "/forums/c/\(category)", "/forums/subscriptions", "/search?q=XSS", "/"] {
                listings.append((path, scriptCount(try await lena.get(path).text)))
            }

            for (index, payload) in XSSPayloads.all.enumerated() {
                let topic = try await forum.topic("XSS \(index) \(payload)".prefixed(200), body: "Text davor\n\n\(payload)\n\nText danach",
                                                  in: category, by: lena)
                try await forum.reply(payload, to: topic, by: anna)
                let page = try await lena.get("/forums/topics/\(topic)").text
                #expect(page.contains("XSS \(index) "))
                let regions = page.matches(of: /<div class="post-text">(.*?)<\/div>/.dotMatchesNewlines()).map { String($0.1) }
                #expect(regions.count == 2, "\(payload)")
                for region in regions {
                    for tag in XSSPayloads.tags(in: region) {
                        #expect(XSSPayloads.allowedTags.contains(tag.name), "\(tag.name) in \(region)")
                    }
                }
                expectSafe(page, layoutScripts: layoutScripts, payload)
                // Quoting puts the payload into the form as text, never as markup.
                expectSafe(try await anna.get("/forums/topics/\(topic)?quote=\(topic)").text, layoutScripts: layoutScripts, payload)
            }
            // A payload as a category's name.
            let evil = try await anna.post("/forums/categories", form: ["name": "<img src=x onerror=alert(1)> Neu"])
            #expect(evil.status == .seeOther)
            for listing in listings {
                expectSafe(try await lena.get(listing.path).text, layoutScripts: listing.scripts, listing.path)
            }
        }
    }

    private func scriptCount(_ html: String) -> Int {
        html.matches(of: /<script/.ignoresCase()).count
    }

    /// No tag of the whole page carries an event handler or a script address, and no script was added.
    private func expectSafe(_ html: String, layoutScripts: Int, _ context: String) {
        #expect(scriptCount(html) == layoutScripts, "\(context)")
        #expect(!XSSPayloads.hasEventHandler(html), "\(context)")
        for tag in XSSPayloads.tags(in: html) {
            #expect(!["iframe", "object", "embed", "svg", "math", "style", "base"].contains(tag.name), "\(tag.name): \(context)")
            for (name, value) in tag.attributes {
                #expect(!name.hasPrefix("on"), "\(name) in \(tag.name): \(context)")
                if name == "href" || name == "src" || name == "action" {
                    let scheme = value.lowercased().prefix { $0 != ":" }
                    #expect(!value.contains(":") || ["http", "https", "mailto"].contains(scheme), "\(value): \(context)")
                }
            }
        }
    }
}

extension String {
    fileprivate func prefixed(_ length: Int) -> String { String(prefix(length)) }
}
