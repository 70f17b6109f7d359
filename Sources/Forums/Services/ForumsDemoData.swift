import Accounts
import Fluent
import Spaces
import TreffpunktCore

/// The demo company's forums: "IT-Fragen" with a solved question and a pinned guide, "Allgemeines"
/// with a locked topic, and a topic in the Qualitätszirkel space's forum.
enum ForumsDemoData {
    private struct DemoTopic {
        let author: String
        let title: String
        let body: String
        var replies: [(author: String, body: String)] = []
        /// Index into `replies` of the accepted answer.
        var accepted: Int?
        var pinned = false
        var locked = false
    }

    private static let company: [(name: String, description: String, topics: [DemoTopic])] = [
        ("IT-Fragen", "Fragen rund um Rechner, Drucker, VPN und Software – die IT und Kolleginnen helfen.", [
            DemoTopic(author: "stefan.hoffmann", title: "Bitte zuerst lesen: So stellen Sie IT-Fragen",
                      body: "Damit wir schnell helfen können:\n\n- **Was** wollten Sie tun?\n- **Was** ist passiert (Fehlermeldung abschreiben)?\n- **Wo** (Standort, Rechnername)?\n\nDringende Störungen bitte weiterhin telefonisch an die Hotline **-555**.",
                      pinned: true),
            DemoTopic(author: "lena.schmid", title: "VPN im Homeoffice verbindet nicht",
                      body: "Seit gestern bekomme ich im Homeoffice keine VPN-Verbindung mehr. Der Client meldet *Zertifikat abgelaufen*. Muss ich etwas neu installieren?",
                      replies: [("sebastian.koehler", "Hatte ich letzte Woche auch – bei mir hat ein Neustart geholfen."),
                                ("daniel.hartmann", "> **Lena Schmid** schrieb:\n>\n> Der Client meldet *Zertifikat abgelaufen*.\n\nDas Zertifikat wird einmal im Jahr erneuert. So geht es:\n\n1. Einmal im Büro oder per LAN anmelden,\n2. im VPN-Client *Zertifikat aktualisieren* wählen,\n3. neu verbinden.\n\nDanach klappt es wieder für ein Jahr.")],
                      accepted: 1),
        ]),
        ("Allgemeines", "Alles, was in keine andere Kategorie passt.", [
            DemoTopic(author: "petra.schwarz", title: "Weihnachtsfeier 2025 – Rückblick",
                      body: "Danke an alle, die dabei waren! Die Fotos liegen im Laufwerk *Gemeinsam/Feiern/2025*.",
                      replies: [("julia.weber", "Es war ein toller Abend – danke fürs Organisieren!")], locked: true),
            DemoTopic(author: "markus.klein", title: "Fahrgemeinschaften zum Standort Augsburg",
                      body: "Wer fährt morgens aus Richtung Friedberg? Ich hätte noch zwei Plätze frei.",
                      replies: [("tobias.krause", "Ich wäre ab Montag dabei, wenn das passt!")]),
        ]),
    ]

    private static let qualityCircle = (
        slug: "qualitaetszirkel", admin: "claudia.wolf", category: "Verbesserungsvorschläge",
        topic: DemoTopic(author: "melanie.meier", title: "Prüfplan für die neuen Messschieber",
                         body: "Die neuen Messschieber sind da. Sollen wir die Prüfintervalle von **6** auf **12 Monate** verlängern?",
                         replies: [("claudia.wolf", "Gern – aber erst nach einem Jahr mit Vergleichsmessungen. Ich setze es auf die Agenda.")]))

    static func seed(on database: any Database, publicURL: String) async throws {
        guard try await ForumCategory.query(on: database).count() == 0 else { return }
        let usernames = company.flatMap { $0.topics.flatMap { [$0.author] + $0.replies.map(\.author) } }
            + ["anna.schmidt", qualityCircle.admin, qualityCircle.topic.author] + qualityCircle.topic.replies.map(\.author)
        let people = try await MemberLookup(database: database).members(usernames: usernames)
        guard let admin = people["anna.schmidt"] else { return }
        let companyScope = ForumScope(space: nil, canModerate: true)
        for demo in company {
            try await seedCategory(demo.name, description: demo.description, topics: demo.topics, scope: companyScope,
                                   by: admin.id, people: people, publicURL: publicURL, on: database)
        }
        guard let claudia = people[qualityCircle.admin],
              let space = try? await SpaceLookup(database: database).space(slug: qualityCircle.slug, for: claudia.id),
              let spaceScope = try? ForumScope.space(space) else { return }
        try await seedCategory(qualityCircle.category, description: "", topics: [qualityCircle.topic], scope: spaceScope,
                               by: claudia.id, people: people, publicURL: publicURL, on: database)
    }

    private static func seedCategory(_ name: String, description: String, topics: [DemoTopic], scope: ForumScope, by creatorID: Int64,
                                     people: [String: MemberSummary], publicURL: String, on database: any Database) async throws {
        guard case .success(let category) = try await CategoryService(database: database)
            .create(name: name, description: description, in: scope, by: creatorID) else { return }
        let service = TopicService(database: database)
        let moderation = ModerationService(database: database)
        for demo in topics {
            guard let author = people[demo.author],
                  case .success(let topic) = try await service.create(ForumDraft(title: demo.title, body: demo.body),
                                                                      in: category, scope: scope, by: author.id,
                                                                      publicURL: publicURL) else { continue }
            var replyIDs: [Int64] = []
            for reply in demo.replies {
                guard let replier = people[reply.author],
                      case .success(let saved) = try await service.reply(ForumDraft(body: reply.body), to: topic.requireID(), in: scope, by: replier.id)
                else { continue }
                replyIDs.append(saved.requireID())
            }
            // Moderation reads the topic as it is now, with its replies counted.
            let current = try await service.topic(topic.id, in: scope)
            if let index = demo.accepted, replyIDs.indices.contains(index) {
                try await moderation.accept(replyIDs[index], on: current, scope: scope, by: author.id)
            }
            if demo.pinned { try await moderation.setPinned(true, current, scope: scope) }
            if demo.locked { try await moderation.setLocked(true, current, scope: scope) }
        }
    }
}
