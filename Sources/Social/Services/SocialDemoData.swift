import Accounts
import Fluent
import Foundation
import TreffpunktCore
import Vapor

/// Friendships, posts, comments, reactions and a Pinnwand note among the demo company's people,
/// so a newcomer's first newsfeed is alive. Runs only while there are no posts yet.
package enum SocialDemoData {
    private struct DemoPost {
        let author: String
        let visibility: PostVisibility
        let text: String
        var comments: [(String, String)] = []
        var reactions: [(String, ReactionKind)] = []
        var wallOf: String?
    }

    private static let posts: [DemoPost] = [
        DemoPost(author: "anna.schmidt", visibility: .members,
                 text: "Willkommen im Treffpunkt, unserem neuen Mitmach-Netz! Stellt euch gern kurz vor und folgt euren Teams. #treffpunkt",
                 comments: [("thomas.mueller", "Endlich! Schluss mit den langen E-Mail-Verteilern."), ("julia.weber", "Tolle Sache, ich stelle gleich das Marketing-Team vor.")],
                 reactions: [("thomas.mueller", .celebrate), ("julia.weber", .love), ("stefan.hoffmann", .like), ("sabine.becker", .like)]),
        DemoPost(author: "julia.weber", visibility: .public,
                 text: "Wir sind vom 12. bis 15. März auf der Hannover Messe, Halle 7, Stand B21. Kommen Sie vorbei! #messe #hannovermesse",
                 comments: [("michael.wagner", "Die neuen Sensoren sind rechtzeitig fertig.")],
                 reactions: [("anna.schmidt", .like), ("andreas.koch", .celebrate)]),
        DemoPost(author: "stefan.hoffmann", visibility: .members,
                 text: "Am Samstag von 8 bis 12 Uhr ist das ERP-System wegen Wartung nicht erreichbar. Bitte plant entsprechend. #it",
                 reactions: [("monika.richter", .insightful)]),
        DemoPost(author: "sabine.becker", visibility: .members,
                 text: "Wir suchen eine Auszubildende oder einen Auszubildenden Industriekaufmann/-frau ab September. Kennt ihr jemanden? #ausbildung #jobs",
                 comments: [("katrin.schulz", "Ich frage mal im Bekanntenkreis.")]),
        DemoPost(author: "michael.wagner", visibility: .friends,
                 text: "Danke an die Nachtschicht: Rekord bei der Ausbringung diese Woche! 💪",
                 reactions: [("sabine.becker", .celebrate), ("anna.schmidt", .love)]),
        DemoPost(author: "katrin.schulz", visibility: .members,
                 text: "Kundenservice-Tipp: Die häufigsten Fragen zur Lieferzeit beantworten wir jetzt direkt im Team-Postfach. @thomas.mueller, passt das für den Vertrieb?",
                 comments: [("thomas.mueller", "Ja, perfekt, danke!")]),
        DemoPost(author: "andreas.koch", visibility: .public,
                 text: "Unser Prototyp für den neuen Füllstandssensor hat den Dauertest bestanden. #entwicklung #innovation",
                 reactions: [("claudia.wolf", .like), ("julia.weber", .celebrate), ("anna.schmidt", .like)]),
        DemoPost(author: "thomas.mueller", visibility: .members, text: "Alles Gute zum zehnjährigen Jubiläum, Anna! 🎉",
                 reactions: [("julia.weber", .love)], wallOf: "anna.schmidt"),
        DemoPost(author: "monika.richter", visibility: .members,
                 text: "Erinnerung: Reisekostenabrechnungen für Februar bitte bis zum 5. März einreichen. #buchhaltung"),
        DemoPost(author: "claudia.wolf", visibility: .members,
                 text: "Das ISO-9001-Audit ist bestanden – ohne Abweichungen. Danke an alle, die mitgeholfen haben! #qualität",
                 comments: [("anna.schmidt", "Großartige Arbeit, Claudia!")],
                 reactions: [("anna.schmidt", .celebrate), ("michael.wagner", .like), ("frank.zimmermann", .like)]),
    ]

    @discardableResult
    package static func seed(on app: Application) async throws -> Int {
        let database = app.db
        guard try await Post.query(on: database).count() == 0 else { return 0 }
        let members = try await MemberLookup(database: database).members(usernames: AccountsDemoData.usernames)
        let ids = AccountsDemoData.usernames.compactMap { members[$0]?.id }
        guard ids.count == AccountsDemoData.usernames.count else { return 0 }
        let relations = RelationshipService(database: database)
        // Everyone is friends with the next four colleagues in the list: a small, connected network.
        for (index, id) in ids.enumerated() {
            for step in 1...4 {
                let other = ids[(index + step) % ids.count]
                if try await !Relations(database: database).areFriends(id, other) {
                    try await relations.requestFriendship(from: id, to: other)
                    try await relations.acceptRequest(of: id, by: other)
                }
            }
        }
        // Anna (the managing director) is friends with everyone, so her newsfeed shows the whole company.
        for other in ids.dropFirst() where try await !Relations(database: database).areFriends(ids[0], other) {
            try await relations.requestFriendship(from: other, to: ids[0])
            try await relations.acceptRequest(of: other, by: ids[0])
        }
        let service = PostService(database: database, publicURL: app.config.publicURL)
        for demo in posts {
            guard let author = members[demo.author]?.id else { continue }
            let post = try await service.create(by: author, PostDraft(text: demo.text, visibility: demo.visibility,
                                                                       wallOwnerID: demo.wallOf.flatMap { members[$0]?.id }))
            for (commenter, text) in demo.comments {
                if let commenterID = members[commenter]?.id {
                    _ = try await service.create(by: commenterID, PostDraft(text: text, inReplyToID: post.id))
                }
            }
            for (reactor, kind) in demo.reactions {
                if let reactorID = members[reactor]?.id {
                    _ = try await service.react(to: post.requireID(), by: reactorID, kind: kind)
                }
            }
        }
        // Demo activity is not news to anyone: start with a quiet notification list.
        try await SocialNotification.query(on: database).set(\.$readAt, to: Date()).update()
        return posts.count
    }
}
