@testable import Blogs
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import Media
import SQLKit
import Testing
import TestSupport
import TreffpunktCore
import Vapor
import VaporTesting

/// Members in their own browsers and the articles they write, for the blog tests.
struct BlogFixture {
    let app: Application

    func member(_ username: String) async throws -> APIMember {
        try await app.apiMember(username)
    }

    /// Writes an article through the blog's form; returns the response (303 to the article when saved).
    @discardableResult
    func write(_ title: String, in blog: String, by browser: TestBrowser, body: String = "Ein Text mit Inhalt.",
               intent: String = "publish", visibility: String = "public", publishAt: String = "", tags: String = "") async throws -> TestingHTTPResponse {
        try await browser.post("\(blog)/new", form: ["title": title, "body": body, "tags": tags, "visibility": visibility,
                                                     "publish_at": publishAt, "intent": intent])
    }

    /// Writes an article and returns its address; fails the test when it was not saved.
    func article(_ title: String, in blog: String, by browser: TestBrowser, body: String = "Ein Text mit Inhalt.",
                 intent: String = "publish", visibility: String = "public", publishAt: String = "", tags: String = "",
                 sourceLocation: SourceLocation = #_sourceLocation) async throws -> String {
        let response = try await write(title, in: blog, by: browser, body: body, intent: intent, visibility: visibility,
                                       publishAt: publishAt, tags: tags)
        #expect(response.status == .seeOther, "\(response.status) \(response.text)", sourceLocation: sourceLocation)
        return try #require(response.location, sourceLocation: sourceLocation)
    }

    /// Gives the article a cover (a black picture made with libvips) through the form's upload; returns the response (303 when saved).
    func uploadCover(to path: String, by member: APIMember) async throws -> TestingHTTPResponse {
        let picture = FileManager.default.temporaryDirectory.appendingPathComponent("cover-\(UUID().uuidString).png")
        defer { try? FileManager.default.removeItem(at: picture) }
        try await ExternalTool("vips").run(["black", picture.path, "800", "400", "--bands", "3"])
        let part = UploadPart(field: "cover", filename: "halle.png", contentType: "image/png", data: try Data(contentsOf: picture))
        let token = try await member.browser.currentCSRFToken()
        return try await app.apiUpload("\(path)/cover?_csrf=\(token)", token: nil, files: [part], cookie: member.browser.cookieHeader)
    }

    /// The article's id from its address.
    func id(_ path: String) throws -> Int64 {
        try #require(Int64(path.split(separator: "/").last.map(String.init) ?? ""))
    }

    /// The id of the Social post that announced the article.
    func postID(ofArticle path: String) async throws -> Int64? {
        let row = try await app.db.sql.raw("SELECT post_id FROM blog_articles WHERE id = \(bind: try id(path))").first()
        return try row?.decode(column: "post_id", as: Int64?.self)
    }

    /// How many posts link to the article.
    func announcements(of path: String) async throws -> Int {
        try await app.db.sql.raw("SELECT COUNT(*) AS n FROM posts WHERE text LIKE \(bind: "%" + path + "%")").first()?
            .decode(column: "n", as: Int.self) ?? 0
    }

    /// A moment as the form's `datetime-local` field sends it.
    static func formMoment(_ date: Date) -> String {
        ArticleDraft.formValue(date)
    }

    var publisher: ArticlePublisher { ArticlePublisher(database: app.db, publicURL: app.config.publicURL) }

    /// A company page "Beispiel AG" (`/c/beispiel`) owned by `owner`, with `editor` as its editor; the admin must be registered first.
    func page(admin: APIMember, owner: APIMember, editor: APIMember) async throws {
        let created = try await admin.browser.post("/c", form: ["name": "Beispiel AG", "slug": "beispiel", "owner": owner.username])
        #expect(created.status == .seeOther, "\(created.text)")
        let granted = try await owner.browser.post("/c/beispiel/roles", form: ["member": editor.username, "role": "editor"])
        #expect(granted.status == .seeOther, "\(granted.text)")
    }

    /// A space created through the form; returns its slug.
    func space(_ name: String, access: String, by admin: TestBrowser) async throws -> String {
        let created = try await admin.post("/spaces", form: ["name": name, "description": "", "access": access])
        let location = try #require(created.location)
        return String(location.dropFirst(3))
    }
}

/// Parses a feed with Foundation's XML parser and collects the texts of one element.
final class FeedReader: NSObject, XMLParserDelegate, @unchecked Sendable {
    private let element: String
    private var current: String?
    private(set) var texts: [String] = []

    init(element: String) {
        self.element = element
    }

    /// The texts of every `element` in the document; fails when the document is not well-formed XML.
    static func texts(of element: String, in xml: String, sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
        let reader = FeedReader(element: element)
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = reader
        let parsed = parser.parse()
        #expect(parsed, "not well-formed XML: \(String(describing: parser.parserError))\n\(xml)", sourceLocation: sourceLocation)
        return reader.texts
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if name == element { current = "" }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        current? += string
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        current? += String(decoding: block, as: UTF8.self)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == element, let text = current {
            texts.append(text)
            current = nil
        }
    }
}
