import Fluent
import TreffpunktCore
import Vapor

/// Settings → Skills (`/settings/skills`).
struct SkillsSettingsController {
    func boot(_ web: any RoutesBuilder) {
        web.get(SiteURL.settingsSkills.route, use: show)
        web.post(SiteURL.settingsSkills.route, use: save)
    }

    @Sendable func show(req: Request) async throws -> Response {
        let viewer = try req.requireViewer()
        let skills = try await SkillsService(database: req.db).skills(of: viewer.id)
        return SkillsSettingsPage.render(skills: skills.joined(separator: ", "), context: try await req.pageContext()).response()
    }

    private struct Form: Content {
        var skills: String?
    }

    @Sendable func save(req: Request) async throws -> Response {
        let viewer = try req.requireViewer()
        let typed = try req.content.decode(Form.self).skills ?? ""
        let errors = try await SkillsService(database: req.db).replace(of: viewer.id, with: typed)
        guard errors.isEmpty else {
            return SkillsSettingsPage.render(skills: typed, errors: errors, context: try await req.pageContext())
                .response(status: .unprocessableEntity)
        }
        req.flash(.success, OrgChartText.skillsSaved)
        return req.redirect(to: .settingsSkills)
    }
}
