import Accounts
import Fluent
import TreffpunktCore
import Vapor

/// The CSV import: `preview` reads and checks a file and writes nothing; `run` checks it again against
/// the database as it is now and, only when no row has an error, writes units, new members, jobs and
/// placements in one transaction, so a failing import leaves nothing behind.
package struct OrgImportService {
    let app: Application

    package init(app: Application) {
        self.app = app
    }

    enum Outcome: Sendable {
        case imported(OrgImportResult)
        /// Nothing was written; the plan says why.
        case invalid(OrgImportPlan)
    }

    /// Throws `OrgImportFailure` when the file as a whole cannot be read.
    func preview(_ bytes: [UInt8]) async throws -> OrgImportPlan {
        try await OrgImportPlanner(database: app.db).plan(try OrgCSVFile(bytes: bytes))
    }

    func run(_ bytes: [UInt8]) async throws -> Outcome {
        let file = try OrgCSVFile(bytes: bytes)
        let password = try await OrganisationMembers.UnusablePassword.make(on: app)
        return try await app.db.writeTransaction { db in
            let plan = try await OrgImportPlanner(database: db).plan(file)
            guard !plan.hasErrors else { return .invalid(plan) }
            return .imported(try await Self.write(plan, password: password, on: db))
        }
    }

    private static func write(_ plan: OrgImportPlan, password: OrganisationMembers.UnusablePassword, on db: any Database) async throws -> OrgImportResult {
        // Planned units have negative ids until they are created, parents first.
        var unitIDs: [Int64: Int64] = [:]
        var unitNames: [Int64: String] = [:]
        for planned in plan.newUnits {
            let parent = planned.parentID.map { $0 < 0 ? unitIDs[$0] ?? $0 : $0 }
            let unit = OrgUnit(parentID: parent, name: planned.name, kind: planned.kind, sortOrder: planned.sortOrder)
            try await unit.create(on: db)
            unitIDs[planned.id] = unit.requireID()
        }
        func realUnit(_ id: Int64?) -> Int64? { id.map { $0 < 0 ? unitIDs[$0] ?? $0 : $0 } }
        let placedUnits = Set(plan.rows.compactMap { realUnit($0.unitID) })
        for unit in try await OrgUnit.query(on: db).filter(\.$id ~~ Array(placedUnits)).all() {
            unitNames[unit.requireID()] = unit.name
        }
        func department(_ row: OrgImportPlan.Row) -> String { realUnit(row.unitID).flatMap { unitNames[$0] } ?? "" }

        let members = OrganisationMembers(database: db)
        let newPeople = plan.rows.filter { $0.status == .new }.map { row in
            OrganisationMembers.NewMember(email: row.source.email, displayName: row.source.name,
                                          position: row.source.position, department: department(row))
        }
        var personIDs = try await members.createMembers(newPeople, password: password)
        let updates = plan.rows.filter { $0.status == .update }
        var jobs: [Int64: OrganisationMembers.JobChange] = [:]
        for row in updates {
            guard let id = row.existingID else { continue }
            personIDs[row.source.email] = id
            jobs[id] = .init(position: row.source.position.isEmpty ? nil : row.source.position, department: department(row))
        }
        try await members.setJobs(jobs)
        // Managers outside the file are existing members.
        let outside = plan.rows.map(\.source.managerEmail).filter { !$0.isEmpty && personIDs[$0] == nil }
        personIDs.merge(try await members.memberIDs(emails: outside)) { current, _ in current }

        let people = plan.rows.compactMap { personIDs[$0.source.email] }
        var placements: [Int64: OrgPlacement] = [:]
        for start in stride(from: 0, to: people.count, by: 500) {
            let chunk = Array(people[start..<min(start + 500, people.count)])
            for placement in try await OrgPlacement.query(on: db).filter(\.$id ~~ chunk).all() { placements[placement.id ?? 0] = placement }
        }
        for row in plan.rows {
            guard let person = personIDs[row.source.email] else { continue }
            let placement = placements[person] ?? OrgPlacement(userID: person, unitID: nil, managerID: nil)
            placement.unitID = realUnit(row.unitID)
            placement.managerID = row.source.managerEmail.isEmpty ? nil : personIDs[row.source.managerEmail]
            try await placement.save(on: db)
        }
        return OrgImportResult(created: newPeople.count, updated: updates.count, newUnits: plan.newUnits.count)
    }
}

/// What an import wrote.
struct OrgImportResult: Sendable, Equatable {
    let created: Int
    let updated: Int
    let newUnits: Int
}
