import Accounts
import Fluent
import TreffpunktCore
import Vapor

/// The demo company's chats: Anna and Julia one-to-one, and the group "Messe Stuttgart" of marketing
/// and sales. Written through the services like any chat; seeding again adds nothing.
enum MessagingDemoData {
    private static let direct = (a: "anna.schmidt", b: "julia.weber", messages: [
        ("anna.schmidt", "Hallo Julia, haben Sie kurz Zeit für die Messeplanung? Die Standfläche ist bestätigt."),
        ("julia.weber", "Gern! Ich schicke Ihnen gleich den Entwurf für die Rückwand – https://musterfirma.de/messe"),
        ("anna.schmidt", "Danke, sieht gut aus. @thomas.mueller sollte die Preise noch prüfen."),
    ])

    private static let group = (name: "Messe Stuttgart", members: ["julia.weber", "thomas.mueller", "birgit.braun", "frank.zimmermann"],
                                messages: [
        ("julia.weber", "Willkommen in der Messegruppe! Hier stimmen wir Stand, Material und Dienstplan ab."),
        ("frank.zimmermann", "Ich kann Dienstag und Mittwoch am Stand sein."),
        ("birgit.braun", "Die Flyer gehen morgen in den Druck – letzte Änderungen bitte bis heute 16 Uhr."),
        ("thomas.mueller", "Preise sind geprüft, passt so. 👍"),
    ])

    static func seed(on app: Application) async throws {
        let database = app.db
        guard try await Chat.query(on: database).count() == 0 else { return }
        let people = try await MemberLookup(database: database)
            .members(usernames: [direct.a, direct.b] + group.members + direct.messages.map(\.0))
        guard let anna = people[direct.a], let julia = people[direct.b] else { return }
        let chats = ChatService(database: database, application: app, language: .de)
        let messages = MessageService(chats: chats)

        let oneToOne = try await chats.start(with: [julia.id], name: nil, by: anna.id).chat
        try await write(direct.messages, in: oneToOne, people: people, messages: messages)

        let memberIDs = group.members.compactMap { people[$0]?.id }
        guard let founder = memberIDs.first else { return }
        let messe = try await chats.start(with: Array(memberIDs.dropFirst()), name: group.name, by: founder).chat
        try await write(group.messages, in: messe, people: people, messages: messages)
    }

    private static func write(_ lines: [(String, String)], in chat: Chat, people: [String: MemberSummary],
                              messages: MessageService) async throws {
        for (username, text) in lines {
            guard let author = people[username] else { continue }
            let membership = try await ChatMembership.load(chat.requireID(), for: author.id, on: messages.database)
            _ = try await messages.send(text, in: membership)
        }
    }
}
