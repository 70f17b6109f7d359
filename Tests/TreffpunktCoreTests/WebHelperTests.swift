import Foundation
import Testing
import TreffpunktCore

@Suite struct WebHelperTests {
    @Test("local paths with queries, fragments, encoded characters and umlauts stay", arguments: [
        "/", "/people?cursor=abc", "/@anna.schmidt", "/tags/gr%C3%BC%C3%9Fe", "/tags/grüße", "/search?q=a%20b#top",
        "/posts/1?return_to=%2Fpeople",
    ])
    func keepsLocalPaths(path: String) {
        #expect(SafeRedirect.localPath(path) == path)
    }

    /// Known open-redirect payloads (OWASP's cheat sheet, PayloadsAllTheThings' open-redirect list): each
    /// leads a browser to another host, or splits the header.
    @Test("known open-redirect payloads are refused", arguments: [
        nil, "", "people", "https://evil.example", "http:evil.example", "javascript:alert(1)", "//evil.example",
        "///evil.example", "/\\evil.example", "\\evil.example", "/\t/evil.example", "/%09/evil.example",
        "/\n/evil.example", "/%0a/evil.example", "/%0d/evil.example", "/%2F/evil.example", "/%2f%2fevil.example",
        "/%5Cevil.example", "/%5cevil.example", "/%252F/evil.example", "/%25252F/evil.example", " /evil.example",
        "/ /evil.example", "/\u{00A0}/evil.example", "/\u{3000}/evil.example", "/\u{200B}/evil.example",
        "/\u{FEFF}/evil.example", "/a\r\nSet-Cookie: x=1", "/a%0d%0aSet-Cookie:%20x=1", "/%E3%80%80/evil.example",
        "/%C2%A0/evil.example", "/%", "/%zz",
    ])
    func refusesEverythingElse(path: String?) {
        #expect(SafeRedirect.localPath(path) == nil)
    }

    @Test(arguments: [("Anna Schmidt", "AS"), ("hans-peter müller", "HP"), ("Jörg Müller", "JM"), ("Jörg", "J"), ("", "?"), ("  ", "?")])
    func initials(name: String, expected: String) {
        #expect(Initials.of(name) == expected)
    }

    @Test func escapesEveryHTMLSpecialCharacter() {
        #expect(HTMLEscaping.escape(#"<script>alert("x") & 'y'</script>"#)
            == "&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;")
        #expect(HTMLEscaping.paragraphs("Hallo <b>\nWelt\n\nZweiter") == "<p>Hallo &lt;b&gt;<br>Welt</p><p>Zweiter</p>")
    }

    @Test func snowflakeIDsGrowWithTimeAndNeverRepeat() {
        let ids = (0..<5_000).map { _ in SnowflakeID.next() }
        #expect(Set(ids).count == ids.count)
        #expect(ids == ids.sorted())
        let later = SnowflakeID.next(at: Date().addingTimeInterval(60))
        #expect(later > ids.last!)
        #expect(SnowflakeID.lowerBound(for: Date().addingTimeInterval(30)) > ids.last!)
        #expect(SnowflakeID.lowerBound(for: Date().addingTimeInterval(30)) < later)
    }
}
