import Foundation
import Testing
import TestSupport
import Vapor
import VaporTesting

/// Whatever is typed into a wiki page, no script reaches a reader.
@Suite("Wiki safety")
struct WikiSafetyTests {
    @Test("known XSS payloads saved through the form come out neutralised on the page")
    func xssPayloads() async throws {
        try await withTestApp { app in
            let wiki = WikiFixtures(app: app)
            let mallory = try await wiki.member("mallory")
            for (index, payload) in XSSPayloads.all.enumerated() {
                let body = "Text davor [[Seite \(index)|\(index)]]\n\n\(payload)\n\nText danach"
                let id = try await wiki.page("Payload \(index)", body: body, by: mallory)
                let html = try await mallory.get("/wiki/pages/\(id)").text
                let text = WikiFixtures.pageText(html)
                #expect(text.contains("Text danach") || text.contains("Text davor"), "\(payload)")
                for tag in XSSPayloads.tags(in: text) {
                    #expect(XSSPayloads.allowedTags.contains(tag.name), "\(tag.name) in \(text)")
                    for (name, value) in tag.attributes {
                        #expect(["href", "src", "title", "alt", "rel", "start", "align", "class"].contains(name), "\(name) in \(text)")
                        if name == "class" { #expect(value == "wiki-missing") }
                        if name == "href" || name == "src" {
                            let scheme = value.lowercased().prefix { $0 != ":" }
                            #expect(!value.contains(":") || ["http", "https", "mailto"].contains(scheme), "\(value) in \(text)")
                        }
                    }
                }
                // The source shown in the edit form is text, never markup.
                let form = try await mallory.get("/wiki/pages/\(id)/edit").text
                #expect(!form.contains(payload) || !payload.contains("<"), "\(payload)")
            }
        }
    }
}
