import Foundation
import Testing
import TestSupport
import TreffpunktCore

/// Markdown renders to the markup people expect, and no known XSS payload survives as markup.
@Suite("Markdown")
struct MarkdownRendererTests {
    let renderer = MarkdownRenderer()

    @Test("headings, emphasis, lists, links, code, quotes and tables render")
    func rendersMarkdown() {
        let html = renderer.html("""
            # Reisekosten

            Bitte **bis zum 5.** des Monats, *ohne* Ausnahme. Siehe [Formular](https://intranet.example/reise).

            - Belege sammeln
            - Formular ausfüllen

            > Zitat der Buchhaltung

            `<b>` bleibt Text und `a & b` auch.

            | Art | Satz |
            |-----|------|
            | km  | 0,30 |
            """)
        #expect(html.contains("<h1>Reisekosten</h1>"))
        #expect(html.contains("<strong>bis zum 5.</strong>"))
        #expect(html.contains("<em>ohne</em>"))
        #expect(html.contains(#"<a href="https://intranet.example/reise" rel="nofollow noopener">Formular</a>"#))
        #expect(html.contains("<li>Belege sammeln</li>"))
        #expect(html.contains("<blockquote>"))
        #expect(html.contains("<code>&lt;b&gt;</code>"))
        #expect(html.contains("<code>a &amp; b</code>"))
        #expect(html.contains("<td>0,30</td>"))
    }

    @Test("text that looks like front matter is not swallowed")
    func leadingRule() {
        #expect(renderer.html("---\ntitle: x\n---\nInhalt").contains("Inhalt"))
    }

    static let payloads = XSSPayloads.all

    @Test("no known XSS payload survives as markup", arguments: payloads)
    func neutralises(payload: String) throws {
        for source in [payload, "Text davor\n\n\(payload)\n\nText danach", "* \(payload)"] {
            let html = renderer.html(source)
            for tag in Self.tags(in: html) {
                #expect(Self.allowedTags.contains(tag.name), "\(tag.name) in \(html)")
                for (name, value) in tag.attributes {
                    #expect(!name.hasPrefix("on"), "\(name) in \(html)")
                    #expect(["href", "src", "title", "alt", "rel", "start", "align"].contains(name), "\(name) in \(html)")
                    if name == "href" || name == "src" {
                        let scheme = value.lowercased().prefix { $0 != ":" }
                        #expect(!value.contains(":") || ["http", "https", "mailto"].contains(scheme), "\(value) in \(html)")
                    }
                }
            }
        }
    }

    @Test("harmless links and images keep their addresses")
    func keepsSafeAddresses() {
        let html = renderer.html("[Wiki](/wiki/Reise:kosten) [Mail](mailto:it@musterfirma.de) ![Logo](https://cdn.example/logo.png)")
        #expect(html.contains(#"href="/wiki/Reise:kosten""#))
        #expect(html.contains(#"href="mailto:it@musterfirma.de""#))
        #expect(html.contains(#"<img src="https://cdn.example/logo.png" alt="Logo">"#))
    }

    static let allowedTags = XSSPayloads.allowedTags

    static func tags(in html: String) -> [(name: String, attributes: [(String, String)])] {
        XSSPayloads.tags(in: html)
    }
}
