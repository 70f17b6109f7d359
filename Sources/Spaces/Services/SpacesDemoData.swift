import Accounts
import Fluent
import Social
import TreffpunktCore

/// The demo company's spaces: one open, one closed with a request waiting, one secret; and a first
/// status update in each project's space.
enum SpacesDemoData {
    struct DemoSpace {
        let name: String
        let description: String
        let access: SpaceAccess
        let admin: String
        let members: [String]
        let posts: [(author: String, text: String)]
        var requests: [String] = []
    }

    static let spaces: [DemoSpace] = [
        DemoSpace(name: "Betriebssport", description: "Laufgruppe, Fußball und der Firmenlauf im Juni – alle Standorte.",
                  access: .open, admin: "uwe.krueger",
                  members: ["lena.schmid", "tobias.krause", "daniel.hartmann", "nicole.lange", "frank.zimmermann"],
                  posts: [("uwe.krueger", "Donnerstag 17:30 Lauftreff am Werkstor Augsburg – 8 km, gemütliches Tempo. Wer ist dabei? #firmenlauf"),
                          ("lena.schmid", "Für den Firmenlauf haben sich schon 14 Leute angemeldet! Trikots bestellen wir nächste Woche.")]),
        DemoSpace(name: "Qualitätszirkel", description: "Verbesserungsvorschläge aus Produktion, Prüfung und Entwicklung.",
                  access: .closed, admin: "claudia.wolf",
                  members: ["melanie.meier", "michael.wagner", "andreas.koch", "uwe.krueger"],
                  posts: [("claudia.wolf", "Agenda für Freitag: Reklamationsquote Q3, 8D-Bericht Lieferant Keller, neue Prüfmittel."),
                          ("melanie.meier", "Die neuen Messschieber sind kalibriert und liegen in der Wareneingangsprüfung.")],
                  requests: ["oliver.koenig"]),
        DemoSpace(name: "Führungskreis", description: "Abstimmung der Bereichsleitungen – vertraulich.",
                  access: .secret, admin: "anna.schmidt",
                  members: ["thomas.mueller", "julia.weber", "michael.wagner", "stefan.hoffmann", "christian.schmitt", "monika.richter"],
                  posts: [("anna.schmidt", "Budgetplanung 2027: Bitte tragen Sie Ihre Zahlen bis 15. Dezember in die Vorlage ein.")]),
    ]

    static func seed(on database: any Database, publicURL: String) async throws {
        guard try await Space.query(on: database).filter(\.$projectID == nil).count() == 0 else { return }
        let usernames = Set(spaces.flatMap { [$0.admin] + $0.members + $0.requests + $0.posts.map(\.author) })
        let people = try await MemberLookup(database: database).members(usernames: usernames)
        let service = SpaceService(database: database)
        let publishing = MemberPublishing(database: database, publicURL: publicURL)
        for demo in spaces {
            guard let admin = people[demo.admin],
                  case .created(let space) = try await service.create(
                      SpaceDraft(name: demo.name, description: demo.description, access: demo.access.rawValue), by: admin.id)
            else { continue }
            let spaceID = space.requireID()
            for member in demo.members.compactMap({ people[$0] }) {
                try await SpaceMembers(database: database).add(member.id, to: spaceID, as: .member)
            }
            for requester in demo.requests.compactMap({ people[$0] }) {
                try await service.requestToJoin(space, by: requester.id, message: "Ich würde gern mitarbeiten.")
            }
            for post in demo.posts {
                if let author = people[post.author] { try await publishing.publish(by: author.id, text: post.text, inSpace: spaceID) }
            }
        }
        // Each project's team hears of its first status update in the newsfeed.
        for space in try await Space.query(on: database).filter(\.$projectID != nil).all() {
            let team = try await SpaceMembers(database: database).members(of: space.requireID())
            guard let lead = team.first(where: { $0.role == .admin }) ?? team.first else { continue }
            let update = "Statusmeldung: Das Projekt „\(space.name)“ ist gestartet. Kick-off war erfolgreich, nächster Meilenstein in vier Wochen. #status"
            try await publishing.publish(by: lead.memberID, text: update, inSpace: space.requireID())
        }
    }
}
