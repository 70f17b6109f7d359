import Foundation
import Testing

/// Attribute escaping made impossible to forget (issue 14, hole 3): an article's title reached an `alt`
/// through Plot's unescaped `.alt(…)`. No view may hand Plot's raw attribute helpers anything but a literal;
/// the rules are in `AttributeLint`.
@Suite("Attribute escaping lint")
struct AttributeEscapingLintTests {
    /// The wrappers themselves build on Plot's `Attribute`, with the value escaped.
    private static let safeWrappers = "Sources/TreffpunktCore/Web/Plot+SafeAttributes.swift"

    @Test("No source hands a Plot attribute helper anything but a literal outside Core's escaping wrappers")
    func sourcesUseTheEscapingWrappers() throws {
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let sources = package.appendingPathComponent("Sources")
        let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        let relative = { (file: URL) in String(file.standardizedFileURL.path.dropFirst(package.standardizedFileURL.path.count + 1)) }
        var checked = 0
        var findings: [AttributeLint.Finding] = []
        for file in files where relative(file) != Self.safeWrappers {
            let text = try String(contentsOf: file, encoding: .utf8)
            if text.contains("import Plot") { checked += 1 }
            findings += AttributeLint.findings(in: text, file: relative(file))
        }
        #expect(checked > 50, "the lint found only \(checked) files with views under \(sources.path)")
        #expect(findings.isEmpty, """
            Plot writes these attribute values raw; use Core's wrappers (.safeHref, .safeAlt, .safeAttribute(named:value:), …):
            \(findings.map(\.description).joined(separator: "\n"))
            """)
    }

    @Test("The lint catches raw values and passes literals, an element's children and RSS text")
    func lintRules() {
        let view = """
            import Plot
            // .alt(commented) is not code
            let a = Node<HTML.BodyContext>.img(.src(url), .alt(article.title), .class("cover"), .alt(""))
            let b = .a(.href("/login?next=\\(path)"), .attribute(named: "aria-current", value: current ? "page" : nil))
            let c = .form(.action("/x"), .method(.post), .label(.for("id"), .text(title)), .button(.type(.submit)))
            let d = .attribute(named: "loading", value: "lazy") + .text(".title(\\(x))") + .media(ids: ids)
            let e = .`class`(style) + Attribute(name: "alt", value: text) + .safeAlt(title) + .input(.value(#"raw "x""#))
            let f = authors.name(id) + Node<HTML.BodyContext>.attribute(named: "value", value: v)
            func g() -> Node<HTML.BodyContext> { return .p(.id(anchor)) }
            """
        let found = AttributeLint.findings(in: view, file: "View.swift").map(\.call)
        #expect(found == [".src(url)", ".alt(article.title)", #".href("/login?next=\(path)")"#,
                          #".attribute(named: "aria-current", value: current ? "page" : nil)"#,
                          ".`class`(style)", #"Attribute(name: "alt", value: text)"#,
                          #".attribute(named: "value", value: v)"#, ".id(anchor)"])

        let feed = """
            import Plot
            let feed = RSS(.title(blog.name), .description(teaser), .item(.title(article.title), .content(article.html)))
            """
        #expect(AttributeLint.findings(in: feed, file: "Feed.swift").map(\.call) == [".content(article.html)"])
    }
}
