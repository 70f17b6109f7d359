import Foundation
import Testing
import TestSupport
import Vapor
import VaporTesting

/// A wiki page found by the search shows what a reader sees of it, not its Markdown, and only
/// sections that found something.
@Suite("Wiki search snippets")
struct WikiSearchSnippetTests {
    @Test("the search page shows a wiki page's text as plain text with the match marked and no empty section before it")
    func plainSnippet() async throws {
        try await withTestApp { app in
            let wiki = WikiFixtures(app: app)
            let monika = try await wiki.member("monika"), kai = try await wiki.member("kai")
            try await wiki.page("Reisekosten", body: "## Abrechnung\n\nBitte **Belege** bis zum [[Monatsende|Ende des Monats]] einreichen.",
                                by: monika)
            let page = try await kai.get("/search?q=belege").text
            #expect(page.contains("Bitte <mark>Belege</mark> bis zum Ende des Monats einreichen."))
            #expect(!page.contains("**") && !page.contains("[[") && !page.contains("## "))
            #expect(!page.contains("Nichts gefunden."))
            #expect(!page.contains("id=\"search-people\"") && !page.contains("id=\"search-posts\""))
            let nothing = try await kai.get("/search?q=Quittungsdrucker").text
            #expect(nothing.components(separatedBy: "Nichts gefunden.").count == 2)
        }
    }

    @Test("markup typed into a wiki page stays text in the search snippet")
    func escapedSnippet() async throws {
        try await withTestApp { app in
            let wiki = WikiFixtures(app: app)
            let mallory = try await wiki.member("mallory"), kai = try await wiki.member("kai")
            let payloads = XSSPayloads.all.joined(separator: " Budgetplan\n\n")
            try await wiki.page("Planung", body: "Budgetplan `<script>alert(1)</script>` und \"><img src=x onerror=alert(1)>\n\n" + payloads,
                                by: mallory)
            let page = try await kai.get("/search?q=budgetplan").text
            guard let start = page.range(of: "<ul class=\"search-hits\">"),
                  let end = page.range(of: "</ul>", range: start.upperBound..<page.endIndex) else {
                Issue.record("no hits in \(page)")
                return
            }
            let hits = String(page[start.lowerBound..<end.upperBound])
            #expect(hits.contains("<mark>Budgetplan</mark> &lt;script&gt;alert(1)&lt;/script&gt; und"))
            for tag in XSSPayloads.tags(in: hits) {
                #expect(["ul", "li", "a", "p", "mark"].contains(tag.name), "\(tag.name) in \(hits)")
            }
            #expect(!XSSPayloads.hasEventHandler(hits), "\(hits)")
        }
    }
}
