/// Known XSS payloads and a scanner for the tags and attributes that survive in rendered HTML, for every
/// test that proves a form's Markdown comes out neutralised (the renderer's own tests and each feature's).
package enum XSSPayloads {
    /// Known payloads (OWASP's XSS filter evasion list and friends), in Markdown and as raw HTML.
    package static let all: [String] = [
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

    package static let allowedTags: Set<String> = ["p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "em", "i", "del", "s",
                                                   "code", "pre", "blockquote", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td",
                                                   "a", "img", "sup", "sub"]

    /// The real tags of the output (text `<` is escaped, so every `<` starts one) with their attributes.
    package static func tags(in html: String) -> [(name: String, attributes: [(String, String)])] {
        html.matches(of: /<\/?([a-zA-Z0-9]+)((?:\s+[^\s=>]+="[^"]*")*)\s*\/?>/).map { match in
            let attributes = String(match.2).matches(of: /([^\s=>]+)="([^"]*)"/).map { (String($0.1).lowercased(), String($0.2)) }
            return (String(match.1).lowercased(), attributes)
        } + (html.contains("<") && html.matches(of: /<\/?[a-zA-Z]/).count != html.matches(of: /<\/?([a-zA-Z0-9]+)((?:\s+[^\s=>]+="[^"]*")*)\s*\/?>/).count
             ? [("malformed", [])] : [])
    }

    /// Whether a real tag of `html` carries an event handler (`<img src=x onerror=alert(1)>`), quoted or not.
    /// Attribute values are skipped: CommonMark writes `![a" onerror="x](…)` as `alt="a&quot; onerror=&quot;x"`,
    /// text inside a value and no handler. Text escapes every `<`, so each `<` starts a real tag.
    package static func hasEventHandler(_ html: String) -> Bool {
        html.firstMatch(of: /<[a-zA-Z][^\s>]*(?:\s+[^\s>=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>][^\s>]*))?)*?\s+on[a-z]+\s*=/.ignoresCase()) != nil
    }
}
