import Foundation
import Testing
import TestSupport
import Vapor
import VaporTesting

/// A wiki page renders as CommonMark: angle brackets in the text stop no Markdown after them.
@Suite("Wiki Markdown")
struct WikiMarkdownTests {
    @Test("placeholders, addresses and links in angle brackets and an unclosed svg leave the rest of a page as Markdown")
    func angleBracketsKeepMarkdown() async throws {
        try await withTestApp { app in
            let wiki = WikiFixtures(app: app)
            let monika = try await wiki.member("monika")
            let body = """
                Bitte <Ihr Name> eintragen.

                Fragen an <it@musterfirma.de>, Formular unter <https://intranet.example/reise>.

                <svg onload=alert(1)>

                Danach **fett** und [[Reisekosten]].
                """
            let id = try await wiki.page("Vorlage", body: body, by: monika)
            let text = WikiFixtures.pageText(try await monika.get("/wiki/pages/\(id)").text)
            #expect(text.contains("<p>Bitte &lt;Ihr Name&gt; eintragen.</p>"), "\(text)")
            #expect(text.contains(#"<a href="mailto:it@musterfirma.de" rel="nofollow noopener">it@musterfirma.de</a>"#), "\(text)")
            #expect(text.contains(#"<a href="https://intranet.example/reise" rel="nofollow noopener">"#), "\(text)")
            #expect(text.contains("<strong>fett</strong>"), "\(text)")
            #expect(text.contains(#"class="wiki-missing""#), "\(text)")
            #expect(!text.contains("svg") && !text.contains("onload"), "\(text)")
        }
    }
}
