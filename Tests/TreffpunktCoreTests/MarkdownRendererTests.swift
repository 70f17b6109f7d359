import Foundation
import Testing
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

    /// Known payloads (OWASP's XSS filter evasion list and friends), in Markdown and as raw HTML.
    static let payloads: [String] = [
        "<script>alert(1)</script>",
        "<SCRIPT SRC=https://evil.example/xss.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<IMG SRC=JaVaScRiPt:alert('XSS')>",
        "<img src=\"x:gif\" onerror=\"alert(1)\">",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<body onload=alert(1)>",
        "<details open ontoggle=alert(1)>",
        "<input autofocus onfocus=alert(1)>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<embed src=\"javascript:alert(1)\">",
        "<form action=\"javascript:alert(1)\"><button>x</button></form>",
        "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
        "<style>body { display: none }</style>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"  javascript:alert(1)\">x</a>",
        "<a href=\"java\tscript:alert(1)\">x</a>",
        "<a href=\"&#106;avascript:alert(1)\">x</a>",
        "<a href=\"&#0000106&#0000097vascript:alert(1)\">x</a>",
        "<a href=\"&#x6A;avascript&colon;alert(1)\">x</a>",
        "<a href=\"vbscript:msgbox(1)\">x</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
        "<a href=\"https://ok.example\" onclick=\"alert(1)\">x</a>",
        "<a href='https://ok.example' onmouseover='alert(1)'>x</a>",
        "[klick](javascript:alert(1))",
        "[klick](JaVaScRiPt:alert(1))",
        "[klick](java&#x73;cript:alert(1))",
        "[klick](data:text/html,<script>alert(1)</script>)",
        "![bild](javascript:alert(1))",
        "![bild\" onerror=\"alert(1)](https://ok.example/x.png)",
        "[a](https://ok.example \"t\\\" onmouseover=\\\"alert(1)\")",
        "\"><script>alert(1)</script>",
        "<<script>script>alert(1)<</script>/script>",
        "<scr<script>ipt>alert(1)</script>",
        "<!--<script>alert(1)</script>-->",
        "<p onclick=alert(1)>x</p>",
        "<strong onmouseover=alert(1)>x</strong>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<link rel=stylesheet href=\"javascript:alert(1)\">",
        "<base href=\"javascript:alert(1)//\">",
        "<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>",
        "<video><source onerror=\"alert(1)\"></video>",
        "<isindex type=image src=1 onerror=alert(1)>",
        "<a href=\"javascript&#58;alert(1)\">x</a>",
        "<textarea><script>alert(1)</script></textarea>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
        "`<script>alert(1)</script>`",
    ]

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

    static let allowedTags: Set<String> = ["p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "em", "i", "del", "s",
                                           "code", "pre", "blockquote", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td",
                                           "a", "img", "sup", "sub"]

    /// The real tags of the output (text `<` is escaped, so every `<` starts one) with their attributes.
    static func tags(in html: String) -> [(name: String, attributes: [(String, String)])] {
        html.matches(of: /<\/?([a-zA-Z0-9]+)((?:\s+[^\s=>]+="[^"]*")*)\s*\/?>/).map { match in
            let attributes = String(match.2).matches(of: /([^\s=>]+)="([^"]*)"/).map { (String($0.1).lowercased(), String($0.2)) }
            return (String(match.1).lowercased(), attributes)
        } + (html.contains("<") && html.matches(of: /<\/?[a-zA-Z]/).count != html.matches(of: /<\/?([a-zA-Z0-9]+)((?:\s+[^\s=>]+="[^"]*")*)\s*\/?>/).count
             ? [("malformed", [])] : [])
    }
}
