import Foundation
import Testing
import TestSupport
import Vapor
import VaporTesting

/// Known XSS payloads written as messages, group names and edits come out as text on every page
/// and fragment that shows them, and in the API's `content`.
@Suite("Messaging XSS")
struct ChatSafetyTests {
    @Test("payloads in messages, edits and group names never become markup")
    func payloadsAreNeutralised() async throws {
        try await withTestApp { app in
            let chats = MessagingFixtures(app: app)
            let anna = try await chats.member("anna"), ben = try await chats.member("ben")
            let group = try await chats.chat(anna, with: [ben], name: "<img src=x onerror=alert(1)> Gruppe")
            let layoutScripts = scriptCount(try await ben.browser.get("/messages/\(group)").text)
            #expect(layoutScripts >= 1)
            for (index, payload) in XSSPayloads.all.enumerated() {
                let sent = try await chats.send("XSS \(index) \(payload) https://ok.example/x", in: group, by: anna)
                let content = try #require(sent["content"] as? String)
                for tag in XSSPayloads.tags(in: content) {
                    #expect(["p", "br", "a", "span"].contains(tag.name), "\(tag.name) in \(content)")
                    #expect(!tag.attributes.contains { $0.0.hasPrefix("on") || $0.1.lowercased().contains("javascript:") }, "\(content)")
                }
                if index % 10 == 0, let id = sent["id"] as? String {
                    #expect(try await app.api(.PUT, "/api/v1/chats/\(group)/messages/\(id)", token: anna.token,
                                              json: #"{"content": \#(Application.jsonString("Neu " + payload))}"#).status == .ok)
                }
            }
            for path in ["/messages/\(group)", "/messages", "/messages/search?q=XSS", "/messages/\(group)/items?after=0"] {
                let page = try await ben.browser.get(path).text
                #expect(page.contains("XSS"), "\(path)")
                let regions = page.matches(of: /<div class="post-text chat-text">(.*?)<\/div>/.dotMatchesNewlines()).map { String($0.1) }
                for region in regions {
                    for tag in XSSPayloads.tags(in: region) {
                        #expect(["p", "br", "a", "span"].contains(tag.name), "\(tag.name) in \(region)")
                    }
                }
                #expect(scriptCount(page) <= layoutScripts, "\(path)")
                // Every real tag of the page (text escapes each `<`): no handler, no script address.
                for tag in XSSPayloads.tags(in: page) {
                    #expect(!tag.attributes.contains { $0.0.hasPrefix("on") }, "\(tag) on \(path)")
                    #expect(!tag.attributes.contains { ["href", "src", "action"].contains($0.0) && $0.1.lowercased().hasPrefix("javascript:") },
                            "\(tag) on \(path)")
                }
            }
        }
    }

    private func scriptCount(_ html: String) -> Int {
        html.matches(of: /<script/.ignoresCase()).count
    }
}
