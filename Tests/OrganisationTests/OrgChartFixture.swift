@testable import Accounts
import Fluent
import TreffpunktCore
@testable import Organisation
import TestSupport
import Vapor

/// A small company for the chart, directory and project tests, built through the admins' service
/// (`OrganisationService`, as the admin pages and the import use it):
///
///     Musterfirma GmbH (company)          anna   Geschäftsführerin      (no manager: head)
///     ├─ Hamburg (site)                   bernd  Standortleiter         → anna
///     │  └─ Vertrieb (department)         carla  Vertriebsleiterin      → bernd
///     │     └─ Team Nord (team)           dieter Vertriebsmitarbeiter   → carla
///     └─ München (site)
///        └─ Entwicklung (department)      emil   Entwicklungsleiter     → anna
///                                         frida  Entwicklerin           → emil
///
/// Everyone logs in with `Self.password`.
struct OrgChartFixture {
    static let password = "richtig-gutes-passwort"

    let app: Application
    var members: [String: Int64] = [:]
    var units: [String: Int64] = [:]
    private var passwordHash: String?

    static func company(_ app: Application) async throws -> OrgChartFixture {
        var fixture = OrgChartFixture(app: app)
        let company = try await fixture.unit("Musterfirma GmbH", .company, parent: nil)
        let hamburg = try await fixture.unit("Hamburg", .site, parent: company)
        let sales = try await fixture.unit("Vertrieb", .department, parent: hamburg)
        let north = try await fixture.unit("Team Nord", .team, parent: sales)
        let munich = try await fixture.unit("München", .site, parent: company)
        let development = try await fixture.unit("Entwicklung", .department, parent: munich)
        try await fixture.person("anna", "Anna Schmidt", "Geschäftsführerin", in: company, manager: nil)
        try await fixture.person("bernd", "Bernd Vogel", "Standortleiter", in: hamburg, manager: "anna")
        try await fixture.person("carla", "Carla Nord", "Vertriebsleiterin", in: sales, manager: "bernd")
        try await fixture.person("dieter", "Dieter Klein", "Vertriebsmitarbeiter", in: north, manager: "carla")
        try await fixture.person("emil", "Emil Berg", "Entwicklungsleiter", in: development, manager: "anna")
        try await fixture.person("frida", "Frida Lang", "Entwicklerin", in: development, manager: "emil")
        return fixture
    }

    var service: OrganisationService {
        OrganisationService(database: app.db, projectSpaces: app.projectSpaces)
    }

    mutating func unit(_ name: String, _ kind: OrgUnitKind, parent: Int64?) async throws -> Int64 {
        let id = try await service.createUnit(name: name, kind: kind, parentID: parent, sortOrder: units.count)
        units[name] = id
        return id
    }

    /// A member (with an account to log in) placed in a unit under a manager of this fixture.
    @discardableResult
    mutating func person(_ username: String, _ name: String, _ position: String, in unitID: Int64?, manager: String?) async throws -> Int64 {
        let id = try await member(username, name, position)
        try await service.place(userID: id, unitID: unitID, managerID: manager.flatMap { members[$0] }, position: nil)
        return id
    }

    /// A member without a place in the chart.
    mutating func member(_ username: String, _ name: String, _ position: String) async throws -> Int64 {
        if passwordHash == nil { passwordHash = try await PasswordHashing(application: app).hash(Self.password) }
        let hash = passwordHash!
        let user = User(username: username, displayName: name, email: "\(username)@musterfirma.example", passwordHash: hash, role: .member, emailConfirmedAt: Date(), affiliation: .employee)
        user.position = position
        try await user.create(on: app.db)
        members[username] = user.requireID()
        return user.requireID()
    }

    func project(_ name: String, _ description: String, members parts: [(String, String, Bool)]) async throws -> Int64 {
        let id = try await service.createProject(name: name, description: description)
        for (username, role, isLead) in parts {
            try await service.setProjectMember(projectID: id, userID: members[username]!, role: role, isLead: isLead)
        }
        return id
    }

    func skills(_ username: String, _ list: String) async throws {
        let errors = try await SkillsService(database: app.db).replace(of: members[username]!, with: list)
        precondition(errors.isEmpty)
    }

    /// A browser logged in as one of the fixture's people.
    func browser(as username: String) async throws -> TestBrowser {
        let browser = TestBrowser(app)
        try await browser.logIn(username, password: Self.password)
        return browser
    }

    func id(_ username: String) -> Int64 { members[username]! }
    func unitID(_ name: String) -> Int64 { units[name]! }
}
