import Accounts
import Fluent
import TreffpunktCore
import Vapor

/// The administration's overview, units and placements (admins only; members get 403).
struct OrgAdminController {
    func boot(_ web: any RoutesBuilder) {
        web.get(OrgAdminURL.overview.route, use: overview)
        web.post(OrgAdminURL.units.route, use: createUnit)
        web.get(OrgAdminURL.unit(id: 0).route, use: editUnit)
        web.post(OrgAdminURL.unit(id: 0).route, use: updateUnit)
        web.post(OrgAdminURL.unitDelete(id: 0).route, use: deleteUnit)
        web.post(OrgAdminURL.placement.route, use: place)
    }

    private struct UnitForm: Content {
        var name: String?
        var kind: String?
        var parent_id: String?
        var sort_order: String?
    }

    private struct PlacementForm: Content {
        var person: String?
        var unit_id: String?
        var manager: String?
        var position: String?
    }

    @Sendable func overview(req: Request) async throws -> Response {
        _ = try req.requireAdmin()
        return try await Self.overviewPage(req, typed: [:], problem: nil)
    }

    @Sendable func createUnit(req: Request) async throws -> Response {
        _ = try req.requireAdmin()
        let form = try req.content.decode(UnitForm.self)
        let typed = ["name": form.name ?? "", "kind": form.kind ?? "", "parent_id": form.parent_id ?? ""]
        do {
            try await service(req).createUnit(name: form.name ?? "", kind: try Self.kind(form.kind), parentID: try Self.id(form.parent_id))
        } catch let error as UserFacingError where error.status == .unprocessableEntity || error.status == .notFound {
            return try await Self.overviewPage(req, typed: typed, problem: (.unit, error.message), status: .unprocessableEntity)
        }
        req.flash(.success, OrgAdminText.unitCreated)
        return req.redirect(to: OrgAdminURL.overview.path, redirectType: .normal)
    }

    @Sendable func editUnit(req: Request) async throws -> Response {
        _ = try req.requireAdmin()
        return try await unitPage(req, id: try Self.pathID(req), typed: [:], problem: nil)
    }

    @Sendable func updateUnit(req: Request) async throws -> Response {
        _ = try req.requireAdmin()
        let id = try Self.pathID(req)
        let form = try req.content.decode(UnitForm.self)
        let typed = ["name": form.name ?? "", "kind": form.kind ?? "", "parent_id": form.parent_id ?? "", "sort_order": form.sort_order ?? ""]
        do {
            let sortOrder: Int = try Self.number(form.sort_order, else: OrgAdminText.sortOrderInvalid) ?? 0
            try await service(req).updateUnit(id: id, name: form.name ?? "", kind: try Self.kind(form.kind),
                                              parentID: try Self.id(form.parent_id), sortOrder: sortOrder)
        } catch let error as UserFacingError where error.status == .unprocessableEntity {
            return try await unitPage(req, id: id, typed: typed, problem: error.message, status: .unprocessableEntity)
        }
        req.flash(.success, OrgAdminText.unitSaved)
        return req.redirect(to: OrgAdminURL.unit(id: id).path, redirectType: .normal)
    }

    @Sendable func deleteUnit(req: Request) async throws -> Response {
        _ = try req.requireAdmin()
        let id = try Self.pathID(req)
        do {
            try await service(req).deleteUnit(id: id)
        } catch let error as UserFacingError where error.status == .conflict {
            return try await unitPage(req, id: id, typed: [:], problem: error.message, status: .conflict)
        }
        req.flash(.success, OrgAdminText.unitDeleted)
        return req.redirect(to: OrgAdminURL.overview.path, redirectType: .normal)
    }

    @Sendable func place(req: Request) async throws -> Response {
        _ = try req.requireAdmin()
        let form = try req.content.decode(PlacementForm.self)
        let typed = ["person": form.person ?? "", "unit_id": form.unit_id ?? "", "manager": form.manager ?? "", "position": form.position ?? ""]
        let service = service(req)
        do {
            let personText = form.person?.trimmingCharacters(in: .whitespaces) ?? ""
            guard !personText.isEmpty else { throw UserFacingError(.unprocessableEntity, OrgAdminText.personRequired) }
            guard let person = try await service.member(named: personText) else {
                throw UserFacingError(.unprocessableEntity, OrgAdminText.unknownPerson(personText))
            }
            let managerText = form.manager?.trimmingCharacters(in: .whitespaces) ?? ""
            var managerID: Int64?
            if !managerText.isEmpty {
                guard let manager = try await service.member(named: managerText) else {
                    throw UserFacingError(.unprocessableEntity, OrgAdminText.unknownPerson(managerText))
                }
                managerID = manager.id
            }
            let position = form.position?.trimmingCharacters(in: .whitespaces) ?? ""
            try await service.place(userID: person.id, unitID: try Self.id(form.unit_id), managerID: managerID,
                                    position: position.isEmpty ? nil : position)
            req.flash(.success, OrgAdminText.placed(person.displayName))
        } catch let error as UserFacingError where error.status == .unprocessableEntity || error.status == .notFound {
            return try await Self.overviewPage(req, typed: typed, problem: (.placement, error.message), status: .unprocessableEntity)
        }
        return req.redirect(to: OrgAdminURL.overview.path, redirectType: .normal)
    }

    private func service(_ req: Request) -> OrganisationService {
        OrganisationService(database: req.db, projectSpaces: req.application.projectSpaces)
    }

    /// The overview, also shown again (with what was typed and the problem) when one of its forms is refused.
    static func overviewPage(_ req: Request, typed: [String: String], problem: (OrgAdminPage.Form, LocalizedText)?,
                             status: HTTPResponseStatus = .ok) async throws -> Response {
        let reader = OrganisationReader(database: req.db)
        let projects = try await reader.projects()
        let counts = try await reader.memberCounts()
        let model = OrgAdminPage.Model(units: try await reader.units(), projects: projects.map { ($0, counts[$0.id] ?? 0) },
                                       typed: typed, problem: problem.map { (form: $0.0, message: $0.1) })
        return OrgAdminPage.render(model, context: try await req.pageContext()).response(status: status)
    }

    private func unitPage(_ req: Request, id: Int64, typed: [String: String], problem: LocalizedText?,
                          status: HTTPResponseStatus = .ok) async throws -> Response {
        let reader = OrganisationReader(database: req.db)
        guard let unit = try await reader.unit(id: id) else { throw UserFacingError(.notFound, OrgAdminText.unitNotFound) }
        let placed = try await reader.placements(inUnits: [id]).map(\.userID)
        let people = try await MemberLookup(database: req.db).members(ids: placed).values.sorted { $0.displayName < $1.displayName }
        let model = OrgUnitEditPage.Model(unit: unit, units: try await reader.units(), people: people, typed: typed, problem: problem)
        return OrgUnitEditPage.render(model, context: try await req.pageContext()).response(status: status)
    }

    static func pathID(_ req: Request) throws -> Int64 {
        guard let id = req.parameters.get("id").flatMap(Int64.init) else { throw UserFacingError.notFound() }
        return id
    }

    /// A unit chosen in a select: empty for none.
    static func id(_ text: String?) throws -> Int64? {
        try number(text, else: OrgAdminText.unitNotFound)
    }

    /// A number field: nil when empty. Anything else must be a number: a forged or mangled value is refused,
    /// never read as none or 0 (which made a company top-level or took a person out of their unit).
    static func number<Number: LosslessStringConvertible>(_ text: String?, else problem: LocalizedText) throws -> Number? {
        let value = text?.trimmingCharacters(in: .whitespaces) ?? ""
        guard !value.isEmpty else { return nil }
        guard let number = Number(value) else { throw UserFacingError(.unprocessableEntity, problem) }
        return number
    }

    static func kind(_ text: String?) throws -> OrgUnitKind {
        guard let kind = text.flatMap(OrgUnitKind.init(rawValue:)) else {
            throw UserFacingError(.unprocessableEntity, OrgAdminText.kindRequired)
        }
        return kind
    }
}
