import Accounts
import Fluent
import TreffpunktCore

/// Checks every row of an import file against the file and the database and plans the units to create.
/// Reads the whole unit tree and reporting line (bounded by the company's size) and the file's members
/// in batches: a few queries for any number of rows.
struct OrgImportPlanner {
    let database: any Database

    func plan(_ file: OrgCSVFile) async throws -> OrgImportPlan {
        let members = try await OrganisationMembers(database: database)
            .memberIDs(emails: file.rows.map(\.email) + file.rows.map(\.managerEmail).filter { !$0.isEmpty })
        var units = UnitPaths(try await OrgUnit.query(on: database).all())
        var rows = file.rows.map { OrgImportPlan.Row(source: $0, existingID: members[$0.email]) }

        // Each person's id in the reporting line: the member's own, or a stand-in (negative) for people to be created.
        var personIDs = members
        var firstRowOfEmail: [String: Int] = [:]
        for index in rows.indices {
            let source = rows[index].source
            check(&rows[index])
            guard !source.email.isEmpty, OrganisationMembers.isValidEmail(source.email) else { continue }
            if let first = firstRowOfEmail[source.email] {
                rows[index].problems.append(OrgImportText.duplicateEmail(source.email, firstRow: first))
            } else {
                firstRowOfEmail[source.email] = source.number
                if personIDs[source.email] == nil { personIDs[source.email] = -Int64(index + 1) }
            }
        }
        for index in rows.indices {
            switch units.resolve(rows[index].source.unitPath) {
            case .success(let unitID): rows[index].unitID = unitID
            case .failure(let problem): rows[index].problems.append(problem.message)
            }
        }

        // The reporting line after the import: today's, with each file row's manager in place of the old one.
        var managers = try await OrganisationService.managers(on: database)
        var personOfRow: [Int: Int64] = [:]
        for index in rows.indices {
            let source = rows[index].source
            guard firstRowOfEmail[source.email] == source.number, let person = personIDs[source.email] else { continue }
            personOfRow[index] = person
            managers[person] = nil
            guard !source.managerEmail.isEmpty else { continue }
            if source.managerEmail == source.email {
                rows[index].problems.append(OrgImportText.ownManager)
            } else if let manager = personIDs[source.managerEmail] {
                managers[person] = manager
            } else {
                rows[index].problems.append(OrgImportText.unknownManager(source.managerEmail))
            }
        }
        var cycles: [Int: [Int64]] = [:]
        for (index, person) in personOfRow {
            if let cycle = ReportingLine.cycle(from: person, in: managers) { cycles[index] = cycle }
        }
        if !cycles.isEmpty {
            let names = try await names(of: Set(cycles.values.joined()), rows: rows, personOfRow: personOfRow)
            for (index, cycle) in cycles {
                rows[index].problems.append(OrgImportText.reportingCycle(cycle.map { names[$0] ?? "?" }))
            }
        }
        return OrgImportPlan(rows: rows, newUnits: units.planned, encoding: file.encoding)
    }

    /// The checks a row passes on its own.
    private func check(_ row: inout OrgImportPlan.Row) {
        let source = row.source
        if source.name.isEmpty {
            row.problems.append(OrgImportText.nameMissing)
        } else if source.name.count > OrganisationMembers.displayNameMaximum {
            row.problems.append(OrgImportText.nameTooLong(OrganisationMembers.displayNameMaximum))
        }
        if source.email.isEmpty {
            row.problems.append(OrgImportText.emailMissing)
        } else if !OrganisationMembers.isValidEmail(source.email) {
            row.problems.append(OrgImportText.emailInvalid(source.email))
        }
        if source.position.count > OrganisationMembers.positionMaximum {
            row.problems.append(OrgImportText.positionTooLong(OrganisationMembers.positionMaximum))
        }
    }

    /// Names for a circle's people: as the file gives them, or the member's display name.
    private func names(of people: Set<Int64>, rows: [OrgImportPlan.Row], personOfRow: [Int: Int64]) async throws -> [Int64: String] {
        var names: [Int64: String] = [:]
        for (index, person) in personOfRow where people.contains(person) { names[person] = rows[index].source.name }
        let others = people.filter { names[$0] == nil && $0 > 0 }
        for (id, member) in try await MemberLookup(database: database).members(ids: others) { names[id] = member.displayName }
        return names
    }
}
