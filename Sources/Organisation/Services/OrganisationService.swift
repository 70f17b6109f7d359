import Accounts
import Fluent
import TreffpunktCore
import Vapor

/// The admins' changes to the organisation: units (with moves checked for circles), people's places
/// and reporting lines (checked for circles), projects and their members. Every change that touches
/// more than one row runs in one write transaction.
package struct OrganisationService {
    let database: any Database
    let projectSpaces: (any ProjectSpaceSource)?

    package init(database: any Database, projectSpaces: (any ProjectSpaceSource)?) {
        self.database = database
        self.projectSpaces = projectSpaces
    }

    package static let nameMaximum = 100
    package static let descriptionMaximum = 2000
    package static let roleMaximum = 60

    // MARK: Units

    @discardableResult
    package func createUnit(name rawName: String, kind: OrgUnitKind, parentID: Int64?, sortOrder: Int = 0) async throws -> Int64 {
        let name = try Self.checkedName(rawName)
        return try await database.writeTransaction { db in
            let parent = try await parentID.asyncMap { try await Self.unit($0, on: db) }
            try Self.checkPlacement(kind: kind, under: parent?.kind)
            try await Self.checkSiblingName(name, parentID: parentID, except: nil, on: db)
            let unit = OrgUnit(parentID: parentID, name: name, kind: kind, sortOrder: sortOrder)
            try await unit.create(on: db)
            return unit.requireID()
        }
    }

    /// Renames, re-kinds, re-orders and moves a unit. Moving it below itself or one of its sub-units is refused.
    /// The people placed in it get the new name as their department.
    package func updateUnit(id: Int64, name rawName: String, kind: OrgUnitKind, parentID: Int64?, sortOrder: Int) async throws {
        let name = try Self.checkedName(rawName)
        try await database.writeTransaction { db in
            let unit = try await Self.unit(id, on: db)
            let tree = UnitTree(try await OrgUnit.query(on: db).all())
            if let parentID, tree.isWithin(parentID, subtreeOf: id) {
                throw UserFacingError(.unprocessableEntity, OrgAdminText.unitCycle)
            }
            let parent = try await parentID.asyncMap { try await Self.unit($0, on: db) }
            try Self.checkPlacement(kind: kind, under: parent?.kind)
            for child in tree.children(of: id) {
                if let childKind = tree.kinds[child], !kind.mayContain(childKind) {
                    throw UserFacingError(.unprocessableEntity, OrgAdminText.kindConflict(parent: kind, child: childKind))
                }
            }
            try await Self.checkSiblingName(name, parentID: parentID, except: id, on: db)
            let renamed = unit.name != name
            unit.name = name
            unit.nameKey = OrgNames.key(name)
            unit.kind = kind
            unit.parentID = parentID
            unit.sortOrder = sortOrder
            try await unit.save(on: db)
            if renamed {
                let people = try await OrgPlacement.query(on: db).filter(\.$unitID == id).all()
                let change = OrganisationMembers.JobChange(position: nil, department: name)
                try await OrganisationMembers(database: db).setJobs(Dictionary(uniqueKeysWithValues: people.map { ($0.id ?? 0, change) }))
            }
        }
    }

    /// Only an empty unit goes: people and sub-units would otherwise lose their place silently.
    package func deleteUnit(id: Int64) async throws {
        try await database.writeTransaction { db in
            let unit = try await Self.unit(id, on: db)
            let children = try await OrgUnit.query(on: db).filter(\.$parentID == id).count()
            let people = try await OrgPlacement.query(on: db).filter(\.$unitID == id).count()
            guard children == 0, people == 0 else { throw UserFacingError(.conflict, OrgAdminText.unitNotEmpty) }
            try await unit.delete(on: db)
        }
    }

    static func checkedName(_ raw: String, maximum: Int = nameMaximum) throws -> String {
        let name = OrgNames.clean(raw)
        guard !name.isEmpty else { throw UserFacingError(.unprocessableEntity, OrgAdminText.nameRequired) }
        guard name.count <= maximum else { throw UserFacingError(.unprocessableEntity, OrgAdminText.nameTooLong(maximum)) }
        return name
    }

    static func checkPlacement(kind: OrgUnitKind, under parentKind: OrgUnitKind?) throws {
        guard let parentKind else {
            guard kind == .company else { throw UserFacingError(.unprocessableEntity, OrgAdminText.topLevelIsCompany) }
            return
        }
        guard parentKind.mayContain(kind) else {
            throw UserFacingError(.unprocessableEntity, OrgAdminText.kindConflict(parent: parentKind, child: kind))
        }
    }

    /// Sibling names are unique in any letter case. The unique index covers units with a parent; top-level
    /// units have none, which indexes do not compare, so this check is what keeps those apart.
    private static func checkSiblingName(_ name: String, parentID: Int64?, except id: Int64?, on db: any Database) async throws {
        var query = OrgUnit.query(on: db).filter(\.$parentID == parentID).filter(\.$nameKey == OrgNames.key(name))
        if let id { query = query.filter(\.$id != id) }
        if try await query.first() != nil {
            throw UserFacingError(.unprocessableEntity, OrgAdminText.siblingExists(name))
        }
    }

    private static func unit(_ id: Int64, on db: any Database) async throws -> OrgUnit {
        guard let unit = try await OrgUnit.find(id, on: db) else { throw UserFacingError(.notFound, OrgAdminText.unitNotFound) }
        return unit
    }

    // MARK: People

    /// Sets a member's unit and manager and, when given, their position. The unit's name becomes the
    /// profile's department. A manager whose own line leads back to the person is refused.
    package func place(userID: Int64, unitID: Int64?, managerID: Int64?, position: String?) async throws {
        if managerID == userID { throw UserFacingError(.unprocessableEntity, OrgAdminText.ownManager) }
        try await database.writeTransaction { db in
            let unit = try await unitID.asyncMap { try await Self.unit($0, on: db) }
            if let managerID {
                let line = ReportingLine(managers: try await Self.managers(on: db))
                if let circle = line.cycle(ifGiving: userID, manager: managerID) {
                    let names = try await MemberLookup(database: db).members(ids: circle)
                    throw UserFacingError(.unprocessableEntity, OrgAdminText.reportingCycle(circle.map { names[$0]?.displayName ?? "?" }))
                }
            }
            let placement = try await OrgPlacement.find(userID, on: db) ?? OrgPlacement(userID: userID, unitID: nil, managerID: nil)
            placement.unitID = unitID
            placement.managerID = managerID
            try await placement.save(on: db)
            let change = OrganisationMembers.JobChange(position: position, department: unit?.name ?? "")
            try await OrganisationMembers(database: db).setJobs([userID: change])
        }
    }

    /// The whole reporting line, person → manager: one query, bounded by the company's size.
    static func managers(on db: any Database) async throws -> [Int64: Int64] {
        let rows = try await OrgPlacement.query(on: db).filter(\.$managerID != nil).all()
        return Dictionary(uniqueKeysWithValues: rows.compactMap { row in row.managerID.map { (row.id ?? 0, $0) } })
    }

    /// A member named by username (with or without `@`) or e-mail address.
    package func member(named text: String) async throws -> MemberSummary? {
        let text = text.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return nil }
        if text.contains("@"), !text.hasPrefix("@") {
            guard let id = try await OrganisationMembers(database: database).memberIDs(emails: [text]).values.first else { return nil }
            return try await MemberLookup(database: database).member(id: id)
        }
        return try await MemberLookup(database: database).member(handle: text)
    }

    // MARK: Projects

    @discardableResult
    package func createProject(name rawName: String, description: String) async throws -> Int64 {
        let name = try Self.checkedName(rawName)
        let description = try Self.checkedDescription(description)
        return try await database.writeTransaction { db in
            try await Self.checkProjectName(name, except: nil, on: db)
            let project = OrgProject(name: name, description: description)
            try await project.create(on: db)
            try await syncSpace(project, on: db)
            return project.requireID()
        }
    }

    package func updateProject(id: Int64, name rawName: String, description: String) async throws {
        let name = try Self.checkedName(rawName)
        let description = try Self.checkedDescription(description)
        try await database.writeTransaction { db in
            let project = try await Self.project(id: id, on: db)
            try await Self.checkProjectName(name, except: id, on: db)
            project.name = name
            project.nameKey = OrgNames.key(name)
            project.description = description
            try await project.save(on: db)
            try await syncSpace(project, on: db)
        }
    }

    /// Adds a member to a project or changes their role and lead flag.
    package func setProjectMember(projectID: Int64, userID: Int64, role rawRole: String, isLead: Bool) async throws {
        let role = OrgNames.clean(rawRole)
        guard role.count <= Self.roleMaximum else { throw UserFacingError(.unprocessableEntity, OrgAdminText.nameTooLong(Self.roleMaximum)) }
        try await database.writeTransaction { db in
            let project = try await Self.project(id: projectID, on: db)
            let existing = try await OrgProjectMember.query(on: db).filter(\.$projectID == projectID).filter(\.$userID == userID).first()
            let member = existing ?? OrgProjectMember(projectID: projectID, userID: userID, role: role, isLead: isLead)
            member.role = role
            member.isLead = isLead
            try await member.save(on: db)
            try await syncSpace(project, on: db)
        }
    }

    package func removeProjectMember(projectID: Int64, userID: Int64) async throws {
        try await database.writeTransaction { db in
            let project = try await Self.project(id: projectID, on: db)
            try await OrgProjectMember.query(on: db).filter(\.$projectID == projectID).filter(\.$userID == userID).delete()
            try await syncSpace(project, on: db)
        }
    }

    /// Keeps the project's space in step (name, members, admins), inside the same transaction.
    /// Without a spaces feature installed there is nothing to keep in step.
    private func syncSpace(_ project: OrgProject, on db: any Database) async throws {
        guard let projectSpaces else { return }
        let members = try await OrgProjectMember.query(on: db).filter(\.$projectID == project.requireID()).all()
        try await projectSpaces.projectChanged(projectID: project.requireID(), name: project.name,
                                               memberIDs: Set(members.map(\.userID)),
                                               leadIDs: Set(members.filter(\.isLead).map(\.userID)), on: db)
    }

    private static func checkedDescription(_ raw: String) throws -> String {
        let text = raw.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.count <= descriptionMaximum else { throw UserFacingError(.unprocessableEntity, OrgAdminText.nameTooLong(descriptionMaximum)) }
        return text
    }

    private static func checkProjectName(_ name: String, except id: Int64?, on db: any Database) async throws {
        var query = OrgProject.query(on: db).filter(\.$nameKey == OrgNames.key(name))
        if let id { query = query.filter(\.$id != id) }
        if try await query.first() != nil { throw UserFacingError(.unprocessableEntity, OrgAdminText.projectExists(name)) }
    }

    private static func project(id: Int64, on db: any Database) async throws -> OrgProject {
        guard let project = try await OrgProject.find(id, on: db) else { throw UserFacingError(.notFound, OrgAdminText.projectNotFound) }
        return project
    }
}

extension Optional {
    /// `map` for async transforms.
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
