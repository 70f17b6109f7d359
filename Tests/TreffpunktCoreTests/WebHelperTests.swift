import Foundation
import Testing
import TreffpunktCore

@Suite struct WebHelperTests {
    @Test(arguments: ["/", "/people?cursor=abc", "/@anna.schmidt"])
    func keepsLocalPaths(path: String) {
        #expect(SafeRedirect.localPath(path) == path)
    }

    @Test(arguments: [nil, "", "https://evil.example", "//evil.example", "/\\evil.example", "people", "/a\r\nSet-Cookie: x=1"])
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
