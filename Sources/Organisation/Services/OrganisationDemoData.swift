import Accounts
import Fluent
import TreffpunktCore
import Vapor

/// The demo company's organisation: its 30 people in units under "Musterfirma GmbH" with Anna Schmidt
/// at the top, department heads reporting to her and everyone else to their head, and two projects.
/// Only what is missing is created, so running it again creates nothing new and keeps an admin's changes.
enum OrganisationDemoData {
    /// Where each demo person works (a unit path below the company) and to whom they report.
    private static let people: [(username: String, path: [String], manager: String?)] = [
        ("anna.schmidt", ["Standort Stuttgart", "Geschäftsführung"], nil),
        ("petra.schwarz", ["Standort Stuttgart", "Geschäftsführung"], "anna.schmidt"),
        ("thomas.mueller", ["Standort Stuttgart", "Vertrieb"], "anna.schmidt"),
        ("alexander.schulze", ["Standort Stuttgart", "Vertrieb"], "thomas.mueller"),
        ("frank.zimmermann", ["Standort Stuttgart", "Vertrieb", "Außendienst"], "thomas.mueller"),
        ("julia.weber", ["Standort Stuttgart", "Marketing"], "anna.schmidt"),
        ("birgit.braun", ["Standort Stuttgart", "Marketing"], "julia.weber"),
        ("lena.schmid", ["Standort Stuttgart", "Marketing", "Social Media"], "julia.weber"),
        ("sabine.becker", ["Standort Stuttgart", "Personal"], "anna.schmidt"),
        ("sandra.hofmann", ["Standort Stuttgart", "Personal"], "sabine.becker"),
        ("stefan.hoffmann", ["Standort Stuttgart", "IT"], "anna.schmidt"),
        ("daniel.hartmann", ["Standort Stuttgart", "IT"], "stefan.hoffmann"),
        ("sebastian.koehler", ["Standort Stuttgart", "IT", "Anwendungen"], "stefan.hoffmann"),
        ("christian.schmitt", ["Standort Stuttgart", "Entwicklung"], "anna.schmidt"),
        ("andreas.koch", ["Standort Stuttgart", "Entwicklung", "Sensorik"], "christian.schmitt"),
        ("jana.herrmann", ["Standort Stuttgart", "Entwicklung"], "christian.schmitt"),
        ("monika.richter", ["Standort Stuttgart", "Buchhaltung"], "anna.schmidt"),
        ("susanne.werner", ["Standort Stuttgart", "Buchhaltung"], "monika.richter"),
        ("katrin.schulz", ["Standort Stuttgart", "Kundenservice"], "anna.schmidt"),
        ("nicole.lange", ["Standort Stuttgart", "Kundenservice"], "katrin.schulz"),
        ("oliver.koenig", ["Standort Stuttgart", "Kundenservice"], "katrin.schulz"),
        ("michael.wagner", ["Standort Augsburg", "Produktion"], "anna.schmidt"),
        ("uwe.krueger", ["Standort Augsburg", "Produktion", "Frühschicht"], "michael.wagner"),
        ("martina.maier", ["Standort Augsburg", "Produktion"], "michael.wagner"),
        ("juergen.neumann", ["Standort Augsburg", "Logistik"], "anna.schmidt"),
        ("matthias.lehmann", ["Standort Augsburg", "Logistik"], "juergen.neumann"),
        ("markus.klein", ["Standort Augsburg", "Einkauf"], "anna.schmidt"),
        ("tobias.krause", ["Standort Augsburg", "Einkauf"], "markus.klein"),
        ("claudia.wolf", ["Standort Augsburg", "Qualitätssicherung"], "anna.schmidt"),
        ("melanie.meier", ["Standort Augsburg", "Qualitätssicherung"], "claudia.wolf"),
    ]

    private static let projects: [(name: String, description: String, members: [(username: String, role: String, isLead: Bool)])] = [
        ("Sensorik 2027", "Die nächste Generation unserer Drucksensoren – von der Konstruktion bis zur Serie.", [
            ("christian.schmitt", "Projektleitung", true), ("andreas.koch", "Konstruktion", false),
            ("jana.herrmann", "Dokumentation", false), ("claudia.wolf", "Qualität", false),
            ("michael.wagner", "Fertigung", false), ("markus.klein", "Einkauf", false),
            ("alexander.schulze", "Vertrieb", false),
        ]),
        ("Neue Website", "Neuauftritt von musterfirma.de: neues Design, Produktkatalog und Karriereseite.", [
            ("julia.weber", "Projektleitung", true), ("birgit.braun", "Redaktion", false),
            ("lena.schmid", "Social Media", false), ("sebastian.koehler", "Entwicklung", false),
            ("stefan.hoffmann", "IT-Betrieb", false), ("sandra.hofmann", "Karriereseite", false),
        ]),
    ]

    static let companyName = "Musterfirma GmbH"

    static func seed(on app: Application) async throws {
        let members = try await MemberLookup(database: app.db).members(usernames: AccountsDemoData.usernames)
        guard !members.isEmpty else { return }
        let service = OrganisationService(database: app.db, projectSpaces: app.projectSpaces)
        var units: [String: Int64] = [:]
        let company = try await unit(companyName, kind: .company, parent: nil, sortOrder: 0, service: service, on: app.db)
        let placed = try await OrganisationReader(database: app.db).placements(userIDs: members.values.map(\.id))
        // Managers first, so each person's manager is in place before them (the list is in that order).
        for person in people {
            var parent = company
            for (depth, name) in person.path.enumerated() {
                let key = person.path[...depth].joined(separator: "/")
                if let known = units[key] {
                    parent = known
                    continue
                }
                let id = try await unit(name, kind: OrgUnitKind.forDepth(depth + 1), parent: parent, sortOrder: units.count,
                                        service: service, on: app.db)
                units[key] = id
                parent = id
            }
            guard let member = members[person.username], placed[member.id] == nil else { continue }
            try await service.place(userID: member.id, unitID: parent, managerID: person.manager.flatMap { members[$0]?.id }, position: nil)
        }
        for project in projects {
            let existing = try await OrgProject.query(on: app.db).filter(\.$nameKey == OrgNames.key(project.name)).first()
            let projectID: Int64
            if let existing {
                projectID = existing.requireID()
            } else {
                projectID = try await service.createProject(name: project.name, description: project.description)
            }
            let current = Set(try await OrganisationReader(database: app.db).members(ofProject: projectID).map(\.userID))
            for member in project.members {
                guard let person = members[member.username], !current.contains(person.id) else { continue }
                try await service.setProjectMember(projectID: projectID, userID: person.id, role: member.role, isLead: member.isLead)
            }
        }
    }

    /// The unit of this name below `parent`, created when missing.
    private static func unit(_ name: String, kind: OrgUnitKind, parent: Int64?, sortOrder: Int,
                             service: OrganisationService, on db: any Database) async throws -> Int64 {
        if let existing = try await OrgUnit.query(on: db).filter(\.$parentID == parent).filter(\.$nameKey == OrgNames.key(name)).first() {
            return existing.requireID()
        }
        return try await service.createUnit(name: name, kind: kind, parentID: parent, sortOrder: sortOrder)
    }
}
