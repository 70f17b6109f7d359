import Accounts
import Fluent
import TreffpunktCore
import Vapor

/// Projects in the administration: create, rename, members with project roles (admins only).
struct OrgProjectAdminController {
    func boot(_ web: any RoutesBuilder) {
        web.post(OrgAdminURL.projects.route, use: create)
        web.get(OrgAdminURL.project(id: 0).route, use: edit)
        web.post(OrgAdminURL.project(id: 0).route, use: update)
        web.post(OrgAdminURL.projectMembers(id: 0).route, use: setMember)
        web.post(OrgAdminURL.projectMemberRemove(id: 0, userID: 0).route, use: removeMember)
    }

    private struct ProjectForm: Content {
        var name: String?
        var description: String?
    }

    private struct MemberForm: Content {
        var person: String?
        var role: String?
        var is_lead: String?
    }

    @Sendable func create(req: Request) async throws -> Response {
        _ = try req.requireAdmin()
        let form = try req.content.decode(ProjectForm.self)
        let id: Int64
        do {
            id = try await service(req).createProject(name: form.name ?? "", description: form.description ?? "")
        } catch let error as UserFacingError where error.status == .unprocessableEntity {
            return try await OrgAdminController.overviewPage(req, typed: ["name": form.name ?? "", "description": form.description ?? ""],
                                                             problem: (.project, error.message), status: .unprocessableEntity)
        }
        req.flash(.success, OrgAdminText.projectCreated)
        return req.redirect(to: OrgAdminURL.project(id: id).path, redirectType: .normal)
    }

    @Sendable func edit(req: Request) async throws -> Response {
        _ = try req.requireAdmin()
        return try await page(req, id: try OrgAdminController.pathID(req), typed: [:], problem: nil)
    }

    @Sendable func update(req: Request) async throws -> Response {
        _ = try req.requireAdmin()
        let id = try OrgAdminController.pathID(req)
        let form = try req.content.decode(ProjectForm.self)
        do {
            try await service(req).updateProject(id: id, name: form.name ?? "", description: form.description ?? "")
        } catch let error as UserFacingError where error.status == .unprocessableEntity {
            return try await page(req, id: id, typed: ["name": form.name ?? "", "description": form.description ?? ""],
                                  problem: (.project, error.message), status: .unprocessableEntity)
        }
        req.flash(.success, OrgAdminText.projectSaved)
        return req.redirect(to: OrgAdminURL.project(id: id).path, redirectType: .normal)
    }

    @Sendable func setMember(req: Request) async throws -> Response {
        _ = try req.requireAdmin()
        let id = try OrgAdminController.pathID(req)
        let form = try req.content.decode(MemberForm.self)
        let service = service(req)
        do {
            let text = form.person?.trimmingCharacters(in: .whitespaces) ?? ""
            guard !text.isEmpty else { throw UserFacingError(.unprocessableEntity, OrgAdminText.personRequired) }
            guard let person = try await service.member(named: text) else {
                throw UserFacingError(.unprocessableEntity, OrgAdminText.unknownPerson(text))
            }
            try await service.setProjectMember(projectID: id, userID: person.id, role: form.role ?? "", isLead: form.is_lead == "1")
        } catch let error as UserFacingError where error.status == .unprocessableEntity {
            return try await page(req, id: id, typed: ["person": form.person ?? "", "role": form.role ?? "", "is_lead": form.is_lead ?? ""],
                                  problem: (.member, error.message), status: .unprocessableEntity)
        }
        req.flash(.success, OrgAdminText.memberSaved)
        return req.redirect(to: OrgAdminURL.project(id: id).path, redirectType: .normal)
    }

    @Sendable func removeMember(req: Request) async throws -> Response {
        _ = try req.requireAdmin()
        let id = try OrgAdminController.pathID(req)
        guard let userID = req.parameters.get("user").flatMap(Int64.init) else { throw UserFacingError.notFound() }
        try await service(req).removeProjectMember(projectID: id, userID: userID)
        req.flash(.success, OrgAdminText.memberRemoved)
        return req.redirect(to: OrgAdminURL.project(id: id).path, redirectType: .normal)
    }

    private func service(_ req: Request) -> OrganisationService {
        OrganisationService(database: req.db, projectSpaces: req.application.projectSpaces)
    }

    private func page(_ req: Request, id: Int64, typed: [String: String], problem: (OrgProjectEditPage.Form, LocalizedText)?,
                      status: HTTPResponseStatus = .ok) async throws -> Response {
        let reader = OrganisationReader(database: req.db)
        guard let project = try await reader.project(id: id) else { throw UserFacingError(.notFound, OrgAdminText.projectNotFound) }
        let members = try await reader.members(ofProject: id)
        let people = try await MemberLookup(database: req.db).members(ids: members.map(\.userID))
        let spacePath = try await req.application.projectSpaces?.spacePath(forProject: id, on: req.db)
        let model = OrgProjectEditPage.Model(
            project: project,
            members: members.compactMap { member in people[member.userID].map { .init(person: $0, role: member.role, isLead: member.isLead) } },
            spacePath: spacePath, typed: typed, problem: problem.map { (form: $0.0, message: $0.1) })
        return OrgProjectEditPage.render(model, context: try await req.pageContext()).response(status: status)
    }
}
