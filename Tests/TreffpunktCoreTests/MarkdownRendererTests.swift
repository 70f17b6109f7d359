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

    @Test("text that looks like front matter is a rule and a heading, not swallowed")
    func leadingRule() {
        #expect(renderer.html("---\ntitle: x\n---\nInhalt") == "<hr>\n<h2>title: x</h2>\n<p>Inhalt</p>\n")
    }

    // Ink stopped Markdown at the first `<` that did not close a tag: everything after it came out raw.

    @Test("text in angle brackets that is no markup stays visible, and Markdown after it renders")
    func angleBracketText() {
        let html = renderer.html("Bitte <Ihr Name> eintragen.\n\nDanach **fett**.")
        #expect(html == "<p>Bitte &lt;Ihr Name&gt; eintragen.</p>\n<p>Danach <strong>fett</strong>.</p>\n")
    }

    @Test("an address in angle brackets becomes a mail link, and Markdown after it renders")
    func angleBracketAddress() {
        let html = renderer.html("Fragen an <max.muster@musterfirma.de>.\n\nDanach **fett**.")
        #expect(html == """
            <p>Fragen an <a href="mailto:max.muster@musterfirma.de" rel="nofollow noopener">max.muster@musterfirma.de</a>.</p>
            <p>Danach <strong>fett</strong>.</p>

            """)
    }

    @Test("an autolink in angle brackets links, and Markdown after it renders")
    func angleBracketLink() {
        let html = renderer.html("Siehe <https://example.org/reise?a=1&b=2>.\n\nDanach **fett**.")
        #expect(html == """
            <p>Siehe <a href="https://example.org/reise?a=1&amp;b=2" rel="nofollow noopener">https://example.org/reise?a=1&amp;b=2</a>.</p>
            <p>Danach <strong>fett</strong>.</p>

            """)
    }

    @Test("an unclosed svg loses only its tag: the Markdown after it renders")
    func unclosedSVG() {
        let html = renderer.html("Vorher\n\n<svg onload=alert(1)>\n\nDanach **fett**.")
        #expect(html == "<p>Vorher</p>\n\n<p>Danach <strong>fett</strong>.</p>\n")
    }

    @Test("an unclosed script loses only its tag: the text after it stays visible")
    func unclosedScript() {
        // Inside a paragraph the raw HTML ends with the paragraph; the next one is Markdown again.
        #expect(renderer.html("Vorher <script>alert(1)\n\nDanach **fett**.")
                == "<p>Vorher alert(1)</p>\n<p>Danach <strong>fett</strong>.</p>\n")
        // At the start of a line CommonMark reads an HTML block up to `</script>` or the end of the
        // text, as every CommonMark tool does: the rest is shown as written, not dropped.
        #expect(renderer.html("<script>alert(1)\n\nDanach **fett**.") == "alert(1)\n\nDanach **fett**.\n")
    }

    @Test("an unclosed comment stays visible as text instead of hiding the rest")
    func unclosedComment() {
        #expect(renderer.html("Vorher\n\n<!-- Entwurf\n\nDanach **fett**.")
                == "<p>Vorher</p>\n&lt;!-- Entwurf\n\nDanach **fett**.\n")
        #expect(renderer.html("Vorher <!-- weg --> danach") == "<p>Vorher  danach</p>\n")
    }

    @Test("task list items show checkboxes that cannot be ticked")
    func taskList() {
        #expect(renderer.html("- [ ] Belege sammeln\n- [x] Formular holen") == """
            <ul>
            <li><input type="checkbox" disabled=""> Belege sammeln</li>
            <li><input type="checkbox" checked="" disabled=""> Formular holen</li>
            </ul>

            """)
    }

    @Test("a typed input is text; a typed checkbox keeps nothing but being ticked")
    func typedInputs() {
        #expect(renderer.html("<input type=\"password\" name=\"pin\">") == "&lt;input type=&quot;password&quot; name=&quot;pin&quot;&gt;\n")
        #expect(renderer.html("Ja <input type=CHECKBOX checked onclick=alert(1) autofocus onfocus=alert(1) form=f name=n>")
                == "<p>Ja <input type=\"checkbox\" checked=\"\" disabled=\"\"></p>\n")
        #expect(renderer.html("</input>") == "&lt;/input&gt;\n")
    }

    @Test("texts rendered on many threads at once render alike")
    func concurrentRendering() async {
        // cmark-gfm switches its extensions' characters on and off in a table all parsers share.
        let source = "~~alt~~ und www.example.org\n\n| a |\n|---|\n| b |"
        let expected = renderer.html(source)
        #expect(expected.contains("<del>alt</del>") && expected.contains("<td>b</td>"))
        let results = await withTaskGroup(of: [String].self) { group in
            for _ in 0..<8 {
                group.addTask { (0..<300).map { _ in MarkdownRenderer().html(source) } }
            }
            return await group.reduce(into: []) { $0 += $1 }
        }
        let different = results.filter { $0 != expected }
        #expect(results.count == 2_400 && different.isEmpty, "\(different.count) differ, as \(different.first ?? "")")
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
