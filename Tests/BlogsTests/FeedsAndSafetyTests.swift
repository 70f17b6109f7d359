@testable import Blogs
import Foundation
@testable import Media
import Testing
import TestSupport
import Vapor
import VaporTesting

/// RSS and Atom of public articles only, injections neutralised, search, cover pictures.
@Suite("Blog feeds, safety, search and covers")
struct FeedsAndSafetyTests {
    @Test("RSS and Atom carry only public published articles, as well-formed XML with titles escaped")
    func feeds() async throws {
        try await withTestApp { app in
            let blogs = BlogFixture(app: app)
            let anna = try await blogs.member("anna")
            let title = #"Tom & "Jerry" <im> Werk ]]> Ende"#
            _ = try await blogs.article(title, in: "/@anna/blog", by: anna.browser, body: "Text mit ]]> und <b>fett</b> & mehr")
            _ = try await blogs.article("Nur intern", in: "/@anna/blog", by: anna.browser, visibility: "members")
            _ = try await blogs.article("Noch ein Entwurf", in: "/@anna/blog", by: anna.browser, intent: "draft")
            _ = try await blogs.article("Kommt später", in: "/@anna/blog", by: anna.browser, intent: "schedule",
                                        publishAt: BlogFixture.formMoment(Date().addingTimeInterval(7200)))
            let rss = try await TestBrowser(app).get("/@anna/blog/feed.rss")
            #expect(rss.status == .ok && rss.headers.contentType?.subType == "rss+xml")
            let rssTitles = FeedReader.texts(of: "title", in: rss.text)
            #expect(rssTitles.contains(title))
            #expect(FeedReader.texts(of: "content:encoded", in: rss.text).contains { $0.contains("Text mit ]]") && $0.contains("fett") })
            let atom = try await anna.browser.get("/@anna/blog/feed.atom")
            #expect(atom.status == .ok && atom.headers.contentType?.subType == "atom+xml")
            let atomTitles = FeedReader.texts(of: "title", in: atom.text)
            #expect(atomTitles.contains(title))
            for hidden in ["Nur intern", "Noch ein Entwurf", "Kommt später"] {
                #expect(!rss.text.contains(hidden) && !atom.text.contains(hidden), "\(hidden) is in a feed")
            }
            #expect(FeedReader.texts(of: "entry", in: atom.text).count == 1)
            #expect(FeedReader.texts(of: "item", in: rss.text).count == 1)
            #expect(try await TestBrowser(app).get("/@niemand/blog/feed.rss").status == .notFound)
        }
    }

    @Test("script and HTML injections through the article form come out neutralised on the page and in the feeds")
    func injections() async throws {
        try await withTestApp { app in
            let blogs = BlogFixture(app: app)
            let anna = try await blogs.member("anna")
            let payloads = [
                "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[klick](javascript:alert(1))",
                "<a href=\"javascript:alert(1)\">x</a>", "<svg onload=alert(1)>", "<iframe src=\"javascript:alert(1)\"></iframe>",
                "<div style=\"background:url(javascript:alert(1))\">x</div>", "[x](JaVaScRiPt:alert(1))",
                "<body onload=alert(1)>", "<math><a xlink:href=\"javascript:alert(1)\">x</a></math>",
                "![x](javascript:alert(1))", "<a href=\"&#106;avascript:alert(1)\">x</a>", "\"><script>alert(1)</script>",
            ]
            let path = try await blogs.article("<script>alert('titel')</script>", in: "/@anna/blog", by: anna.browser,
                                               body: payloads.joined(separator: "\n\n"))
            let atom = try await TestBrowser(app).get("/@anna/blog/feed.atom").text
            let feedHTML = FeedReader.texts(of: "content", in: atom)
            #expect(feedHTML.count == 1)
            // The feed carries the article's HTML as text: checked as the HTML a feed reader shows. A typed
            // `<body onload=…>` stays visible as text; no real tag may carry a handler.
            for page in [try await TestBrowser(app).get(path).text, try await TestBrowser(app).get("/@anna/blog").text, atom] + feedHTML {
                let lower = page.lowercased()
                #expect(!lower.contains("<script>alert"), "script survived")
                #expect(!XSSPayloads.hasEventHandler(page), "event handler survived")
                #expect(!lower.contains("href=\"javascript:") && !lower.contains("src=\"javascript:"), "javascript: link survived")
                #expect(!lower.contains("<iframe") && !lower.contains("<svg"), "embedding survived")
            }
            #expect(try await TestBrowser(app).get(path).text.contains("&lt;script&gt;alert"))
        }
    }

    @Test("search finds articles by title and text for those who may read them")
    func search() async throws {
        try await withTestApp { app in
            let blogs = BlogFixture(app: app)
            let anna = try await blogs.member("anna"), ben = try await blogs.member("ben")
            _ = try await blogs.article("Wärmepumpe im Werk", in: "/@anna/blog", by: anna.browser, body: "Der Zählerschrank zieht um.")
            _ = try await blogs.article("Heimlicher Zählerschrank-Plan", in: "/@anna/blog", by: anna.browser, intent: "draft")
            let byTitle = try await ben.browser.get("/search?q=w%C3%A4rmepumpe")
            #expect(byTitle.text.contains("Wärmepumpe im Werk"))
            let byText = try await ben.browser.get("/search?q=Z%C3%A4hlerschrank")
            #expect(byText.text.contains("Wärmepumpe im Werk") && !byText.text.contains("Heimlicher"))
        }
    }

    @Test("a cover picture is uploaded, shown on the article and in lists, replaced and removed; a non-picture is refused")
    func cover() async throws {
        try await withTestApp { app in
            let blogs = BlogFixture(app: app)
            let anna = try await blogs.member("anna"), ben = try await blogs.member("ben")
            let path = try await blogs.article("Mit Bild", in: "/@anna/blog", by: anna.browser)
            let picture = FileManager.default.temporaryDirectory.appendingPathComponent("cover-\(UUID().uuidString).png")
            defer { try? FileManager.default.removeItem(at: picture) }
            try await ExternalTool("vips").run(["black", picture.path, "800", "400", "--bands", "3"])
            let part = UploadPart(field: "cover", filename: "halle.png", contentType: "image/png", data: try Data(contentsOf: picture))
            func upload(_ member: APIMember, _ parts: [UploadPart], fields: [(String, String)] = []) async throws -> TestingHTTPResponse {
                let token = try await member.browser.currentCSRFToken()
                return try await app.apiUpload("\(path)/cover?_csrf=\(token)", token: nil, fields: fields, files: parts,
                                               cookie: member.browser.cookieHeader)
            }
            #expect(try await upload(ben, [part]).status == .forbidden)
            let saved = try await upload(anna, [part])
            #expect(saved.status == .seeOther, "\(saved.text)")
            let page = try await ben.browser.get(path).text
            let large = try #require(page.firstMatch(of: /src="(\/media\/\d+\/large)"/)).1
            #expect(try await TestBrowser(app).get(String(large)).status == .ok)
            #expect(try await ben.browser.get("/blogs").text.contains(/src="\/media\/\d+\/small"/))

            let text = UploadPart(field: "cover", filename: "halle.png", contentType: "image/png", data: Data("kein Bild".utf8))
            let refused = try await upload(anna, [text])
            #expect(refused.status == .unprocessableEntity)
            // A browser sends the empty file field when no picture was chosen.
            let nothing = UploadPart(field: "cover", filename: "", contentType: "application/octet-stream", data: Data())
            let none = try await upload(anna, [nothing])
            #expect(none.status == .unprocessableEntity && none.text.contains("Bitte wählen Sie ein Bild aus."), "\(none.status)")
            #expect(try await ben.browser.get(path).text.contains(String(large)))

            #expect(try await upload(anna, [], fields: [("remove", "1")]).status == .seeOther)
            #expect(try await ben.browser.get(path).text.contains("/media/") == false)
            #expect(try await TestBrowser(app).get(String(large)).status == .notFound)

            // A members' article's cover is as private as the article: a visitor gets nothing.
            let inside = try await blogs.article("Nur intern", in: "/@anna/blog", by: anna.browser, visibility: "members")
            let token = try await anna.browser.currentCSRFToken()
            #expect(try await app.apiUpload("\(inside)/cover?_csrf=\(token)", token: nil, files: [part],
                                            cookie: anna.browser.cookieHeader).status == .seeOther)
            let internalCover = try #require(try await ben.browser.get(inside).text.firstMatch(of: /src="(\/media\/\d+\/large)"/)).1
            #expect(try await ben.browser.get(String(internalCover)).status == .ok)
            #expect(try await TestBrowser(app).get(String(internalCover)).status == .notFound)
        }
    }

    @Test("Someone who may not write an article is answered 403 before the cover they post is read")
    func coverRefusedBeforeReading() async throws {
        try await withTestApp { app in
            let blogs = BlogFixture(app: app)
            let anna = try await blogs.member("anna"), ben = try await blogs.member("ben")
            let path = try await blogs.article("Mit Bild", in: "/@anna/blog", by: anna.browser)
            let token = try await ben.browser.currentCSRFToken()
            try await app.withRunningServer { base in
                // The body is announced but never finished: a server that read it first would still be waiting.
                let status = try await UnfinishedRequest.status(
                    .POST, base, "\(path)/cover?_csrf=\(token)",
                    headers: ["Cookie": ben.browser.cookieHeader, "Content-Type": "multipart/form-data; boundary=grenze"],
                    contentLength: 1_000_000,
                    firstBytes: "--grenze\r\nContent-Disposition: form-data; name=\"cover\"; filename=\"halle.png\"\r\n\r\nerste Bytes")
                #expect(status == .forbidden)
            }
            #expect(try await ben.browser.get(path).text.contains("/media/") == false)
        }
    }
}
