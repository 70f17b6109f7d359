import Accounts
import Fluent
import Foundation
import Media
import TreffpunktCore
import Vapor

/// The demo company's blogs: Birgit Braun's with two public articles, the Musterfirma page's with one
/// published, one draft and one scheduled article, and the Betriebssport space's. Seeds only into a
/// database without articles.
enum BlogsDemoData {
    private struct DemoArticle {
        let blog: BlogAddress
        let writer: String
        let title: String
        let body: String
        let tags: String
        var visibility = PostVisibility.public
        var intent = ArticleDraft.Intent.publish
        var withCover = false
    }

    private static let articles: [DemoArticle] = [
        DemoArticle(blog: BlogAddress(kind: .person, slug: "birgit.braun"), writer: "birgit.braun",
                    title: "Fünf Tipps für gute Produktfotos mit dem Smartphone",
                    body: "Gute Bilder verkaufen Sensoren – auch ohne Fotostudio.\n\n"
                        + "1. **Licht von der Seite**: am Fenster, nie mit Blitz.\n2. **Ruhiger Hintergrund**: ein Bogen Papier genügt.\n"
                        + "3. **Nah ran** statt Zoom.\n4. **Gerade Linien**: das Raster der Kamera-App hilft.\n"
                        + "5. **Mehrere Aufnahmen** und die beste auswählen.\n\nFragen? Schreibt mir im Marketing.",
                    tags: "fotografie, marketing", withCover: true),
        DemoArticle(blog: BlogAddress(kind: .person, slug: "birgit.braun"), writer: "birgit.braun",
                    title: "Unser neuer Messeauftritt für die SPS in Nürnberg",
                    body: "Im November stehen wir wieder in Halle 7. Dieses Jahr zeigen wir den neuen Füllstandssensor *FS-400* "
                        + "live an einem gläsernen Tank.\n\n> Kommt vorbei – Kaffee gibt es wie immer am Stand.",
                    tags: "messe, sps"),
        DemoArticle(blog: BlogAddress(kind: .page, slug: "musterfirma"), writer: "julia.weber",
                    title: "Musterfirma erhält den Augsburger Innovationspreis",
                    body: "Für den Drucksensor *DS-2* mit Funkanbindung hat die Musterfirma den Augsburger Innovationspreis "
                        + "erhalten. Danke an das ganze Entwicklungsteam!", tags: "auszeichnung, innovation"),
        DemoArticle(blog: BlogAddress(kind: .page, slug: "musterfirma"), writer: "birgit.braun",
                    title: "Rückblick auf das Sommerfest", body: "Entwurf: Fotos und Dank an das Orga-Team ergänzen.",
                    tags: "sommerfest", intent: .draft),
        DemoArticle(blog: BlogAddress(kind: .page, slug: "musterfirma"), writer: "julia.weber",
                    title: "Tag der offenen Tür 2027", body: "Am ersten Samstag im Mai öffnen wir Werk und Labor für Familien und Nachbarn.",
                    tags: "werk", intent: .schedule),
        DemoArticle(blog: BlogAddress(kind: .space, slug: "betriebssport"), writer: "uwe.krueger",
                    title: "Trainingsplan für den Firmenlauf", body: "Acht Wochen bis zum Firmenlauf:\n\n"
                        + "- Woche 1–2: dreimal 30 Minuten locker\n- Woche 3–6: einmal pro Woche Tempo\n- Woche 7–8: kürzer und frisch bleiben",
                    tags: "firmenlauf, laufen", visibility: .space),
    ]

    static func seed(on app: Application) async throws {
        let database = app.db
        guard try await BlogArticle.query(on: database).count() == 0 else { return }
        let people = try await MemberLookup(database: database).members(usernames: Set(articles.map(\.writer)))
        let service = ArticleService(database: database, publicURL: app.config.publicURL)
        let inThreeDays = ArticleDraft.formValue(Date().addingTimeInterval(3 * 24 * 3600))
        for demo in articles {
            guard let writer = people[demo.writer] else { continue }
            let viewer = Viewer(id: writer.id, username: writer.username, displayName: writer.displayName, role: writer.role, language: .de, isEmployee: true)
            // A demo without the page or space it writes in (seeded partly) skips that article.
            guard let blog = try? await BlogDirectory(database: database).blog(demo.blog, for: viewer), blog.mayWrite else { continue }
            let draft = ArticleDraft(title: demo.title, body: demo.body, tags: demo.tags, visibility: demo.visibility.rawValue,
                                     publishAt: demo.intent == .schedule ? inThreeDays : "", intent: demo.intent.rawValue)
            guard case .success(let article) = try await service.create(draft, in: blog) else { continue }
            if demo.withCover { try await addCover(to: article, app: app) }
        }
    }

    /// The site's header picture stands in for a photo; without the picture tools the article stays without a cover.
    private static func addCover(to article: BlogArticle, app: Application) async throws {
        let source = URL(fileURLWithPath: app.directory.publicDirectory).appendingPathComponent("images/header.png")
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("demo-blog-\(UUID().uuidString).png")
        guard (try? FileManager.default.copyItem(at: source, to: copy)) != nil else { return }
        defer { try? FileManager.default.removeItem(at: copy) }
        let size = (try? FileManager.default.attributesOfItem(atPath: copy.path)[.size] as? Int) ?? 0
        let file = UploadedFile(field: "cover", url: copy, filename: "produktfoto.png", declaredType: "image/png", byteCount: size)
        let media = MediaService(database: app.db, store: app.fileStore, limits: app.config.mediaLimits, jobs: app.mediaJobs)
        do {
            try await ArticleCovers(database: app.db, media: media).set(file, on: article)
        } catch {
            app.logger.notice("demo blog cover skipped: \(error)")
        }
    }
}
