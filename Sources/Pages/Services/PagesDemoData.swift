import Accounts
import Fluent
import Media
import Foundation
import Social
import TreffpunktCore
import Vapor

/// The demo company's pages: "Musterfirma GmbH" with every kind of block, a team, posts and reviews,
/// and "Musterfirma Karriere". Pages that exist already are left as they are.
enum PagesDemoData {
    static func seed(on app: Application) async throws {
        let database = app.db
        let people = try await MemberLookup(database: database).members(usernames: AccountsDemoData.usernames)
        guard let anna = people["anna.schmidt"], anna.role == .admin else { return }
        let admin = Viewer(id: anna.id, username: anna.username, displayName: anna.displayName, role: .admin, language: .de, isEmployee: true)
        let pages = PageService(database: database, publicURL: app.config.publicURL)
        if try await PageAccounts(database: database).page(slug: "musterfirma") == nil {
            try await seedMain(people: people, admin: admin, pages: pages, app: app)
        }
        if try await PageAccounts(database: database).page(slug: "musterfirma-karriere") == nil {
            guard case .success = try await pages.create(.init(slug: "musterfirma-karriere", name: "Musterfirma Karriere",
                                                             ownerUsername: "sandra.hofmann"), by: admin) else { return }
            let page = try await pages.load(slug: "musterfirma-karriere", for: people["sandra.hofmann"].map(viewer))
            _ = try await pages.updateAbout(of: page, .init(
                name: "Musterfirma Karriere", tagline: "Ausbildung, Praktika und Jobs bei der Musterfirma",
                about: "Wir bilden jedes Jahr Industriekaufleute, Mechatroniker:innen und Fachinformatiker:innen aus.",
                email: "karriere@musterfirma.de", website: "https://www.musterfirma.de/karriere",
                imprint: "Musterfirma GmbH · Industriestraße 12 · 86150 Augsburg"))
            let blocks = PageBlockService(database: database)
            let jobs = try await blocks.add(PageBlockKind.jobs.rawValue, to: page, language: .de)
            _ = try await blocks.update(jobs, with: .init(title: "Offene Stellen"))
            _ = try await PagePostService(database: database, publicURL: app.config.publicURL).publish(
                on: page, by: people["sandra.hofmann"]?.id ?? anna.id,
                text: "Die Bewerbungsphase für die Ausbildung 2027 hat begonnen! #ausbildung", visibility: "public")
        }
    }

    private static func viewer(_ member: MemberSummary) -> Viewer {
        Viewer(id: member.id, username: member.username, displayName: member.displayName, role: member.role, language: .de, isEmployee: true)
    }

    private static func seedMain(people: [String: MemberSummary], admin: Viewer, pages: PageService, app: Application) async throws {
        let database = app.db
        guard case .success = try await pages.create(.init(slug: "musterfirma", name: "Musterfirma GmbH", ownerUsername: "anna.schmidt"),
                                                    by: admin) else { return }
        var page = try await pages.load(slug: "musterfirma", for: admin)
        let roles = PageRoleService(database: database)
        for (username, role) in [("julia.weber", PageRole.editor), ("birgit.braun", .editor), ("katrin.schulz", .moderator),
                                 ("monika.richter", .analyst)] {
            _ = try await roles.grant(role.rawValue, to: username, on: page)
        }
        _ = try await pages.updateAbout(of: page, .init(
            name: "Musterfirma GmbH", tagline: "Sensorik und Messtechnik aus Augsburg – seit 1987",
            about: "Die Musterfirma entwickelt und fertigt Füllstands- und Drucksensoren für Industrie und Landwirtschaft.\n\n"
                + "Rund 30 Menschen arbeiten bei uns in Entwicklung, Produktion, Vertrieb und Service.",
            address: "Musterfirma GmbH\nIndustriestraße 12\n86150 Augsburg", phone: "+49 821 123456-0",
            email: "info@musterfirma.de", website: "https://www.musterfirma.de",
            imprint: "Musterfirma GmbH\nIndustriestraße 12, 86150 Augsburg\nGeschäftsführerin: Anna Schmidt\n"
                + "Registergericht: Amtsgericht Augsburg, HRB 12345\nUSt-IdNr.: DE123456789"))
        page = try await pages.load(slug: "musterfirma", for: admin)
        let blocks = PageBlockService(database: database)
        let contents: [(PageBlockKind, PageBlockService.Input)] = [
            (.text, .init(title: "Willkommen", body: "Schön, dass Sie vorbeischauen! Hier lesen Sie Neuigkeiten aus der Musterfirma.")),
            (.image, .init(title: "Unser Werk in Augsburg", body: "Das Werk der Musterfirma in Augsburg")),
            (.links, .init(title: "Mehr von uns", links: "Website | https://www.musterfirma.de\nProduktkatalog | https://www.musterfirma.de/katalog")),
            (.contact, .init(title: "So erreichen Sie uns")),
            (.team, .init(title: "Ihre Ansprechpartner", team: "anna.schmidt | Geschäftsführung\nkatrin.schulz | Kundenservice\nthomas.mueller")),
            (.latestPosts, .init(title: "Neuigkeiten")),
            (.jobs, .init(title: "Karriere")),
        ]
        for (kind, input) in contents {
            let block = try await blocks.add(kind.rawValue, to: page, language: .de)
            _ = try await blocks.update(block, with: input)
            if kind == .image { try await addPicture(to: block, blocks: blocks, app: app) }
        }
        let posts = PagePostService(database: database, publicURL: app.config.publicURL)
        for (author, text, visibility) in [
            ("julia.weber", "Besuchen Sie uns auf der Hannover Messe – Halle 11, Stand B42! #messe", "public"),
            ("birgit.braun", "Neu im Katalog: der Drucksensor MS-200 mit Bluetooth-Anbindung. #produkt", "public"),
            ("julia.weber", "Intern: Die Fotos vom Sommerfest sind jetzt im Laufwerk. #sommerfest", "members"),
        ] {
            guard let memberID = people[author]?.id else { continue }
            _ = try await posts.publish(on: page, by: memberID, text: text, visibility: visibility)
        }
        let reviews = PageReviewService(database: database)
        for (username, stars, text) in [
            ("frank.zimmermann", 5, "Kunden loben immer wieder den schnellen Service. Das macht den Außendienst leicht!"),
            ("tobias.krause", 4, "Gute Ausbildung, nette Kolleginnen und Kollegen. Die Kantine könnte besser sein."),
            ("lena.schmid", 4, "Spannende Aufgaben als Werkstudentin und viel Vertrauen."),
        ] {
            guard let member = people[username] else { continue }
            let reviewer = try await pages.load(slug: "musterfirma", for: viewer(member))
            _ = try await reviews.create(on: reviewer, by: member.id, .init(stars: String(stars), text: text))
        }
        if let katrin = people["katrin.schulz"], let tobias = people["tobias.krause"],
           let review = try await reviews.review(on: page.id, by: tobias.id) {
            let moderator = try await pages.load(slug: "musterfirma", for: viewer(katrin))
            _ = try await reviews.reply(to: review.requireID(), on: moderator, by: katrin.id,
                                        text: "Danke, Tobias! Die Kantine bekommt ab März einen neuen Caterer.")
        }
        let publishing = AccountPublishing(database: database, publicURL: app.config.publicURL)
        for username in ["thomas.mueller", "michael.wagner", "stefan.hoffmann", "andreas.koch", "claudia.wolf"] {
            guard let member = people[username] else { continue }
            try await publishing.follow(page.id, by: member.id)
        }
    }

    /// The site's header picture stands in for a photo of the works. Without the picture tools installed
    /// the block simply stays without a picture.
    private static func addPicture(to block: PageBlock, blocks: PageBlockService, app: Application) async throws {
        let source = URL(fileURLWithPath: app.directory.publicDirectory).appendingPathComponent("images/header.png")
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("demo-page-\(UUID().uuidString).png")
        guard (try? FileManager.default.copyItem(at: source, to: copy)) != nil else { return }
        let size = (try? FileManager.default.attributesOfItem(atPath: copy.path)[.size] as? Int) ?? 0
        let file = UploadedFile(field: "image", url: copy, filename: "werk.png", declaredType: "image/png", byteCount: size)
        let media = MediaService(database: app.db, store: app.fileStore, limits: app.config.mediaLimits, jobs: app.mediaJobs)
        do {
            try await blocks.uploadImage(block, file: file, description: block.body, media: media)
        } catch {
            app.logger.notice("demo page picture skipped: \(error)")
        }
    }
}
