import Accounts
import Fluent
import TreffpunktCore
import Vapor

/// Skills of some demo people, so the directory's skill filter has something to find. A person who
/// already has skills keeps them: running it again changes nothing.
enum SkillsDemoData {
    private static let skills: [(username: String, skills: String)] = [
        ("anna.schmidt", "Unternehmensführung, Strategie, Englisch"),
        ("thomas.mueller", "Vertrieb, Verhandlung, SAP, Englisch"),
        ("alexander.schulze", "Key-Account, SAP, Französisch"),
        ("julia.weber", "Marketing, Messen, Social Media, Englisch"),
        ("lena.schmid", "Social Media, Fotografie, Videoschnitt"),
        ("stefan.hoffmann", "Netzwerke, Linux, IT-Sicherheit"),
        ("sebastian.koehler", "Swift, SQL, Linux"),
        ("christian.schmitt", "CAD, Sensorik, Projektleitung"),
        ("andreas.koch", "Sensorik, Messtechnik, CAD"),
        ("juergen.neumann", "Logistik, Staplerschein, SAP"),
    ]

    static func seed(on app: Application) async throws {
        let members = try await MemberLookup(database: app.db).members(usernames: skills.map(\.username))
        let service = SkillsService(database: app.db)
        for (username, list) in skills {
            guard let member = members[username], try await service.skills(of: member.id).isEmpty else { continue }
            _ = try await service.replace(of: member.id, with: list)
        }
    }
}
