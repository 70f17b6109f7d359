import TreffpunktCore
import Vapor

/// Administrators make a person an employee or a guest, from the people directory.
struct AffiliationController {
    func boot(_ web: any RoutesBuilder) {
        web.post(PeopleAdminURL.affiliation(username: "").route, use: change)
    }

    private struct AffiliationForm: Content {
        var affiliation: String?
    }

    @Sendable func change(req: Request) async throws -> Response {
        _ = try req.requireAdmin()
        guard let affiliation = try req.content.decode(AffiliationForm.self).affiliation.flatMap(Affiliation.init(rawValue:)) else {
            throw UserFacingError(.badRequest, AccountsText.affiliationInvalid)
        }
        guard let displayName = try await AffiliationChange(database: req.db)
            .set(affiliation, forUsername: req.parameters.get("username") ?? "") else {
            throw UserFacingError.notFound(AccountsText.personNotFound)
        }
        req.flash(.success, AccountsText.affiliationChanged(displayName, affiliation))
        return req.redirect(to: SiteURL.people.path, redirectType: .normal)
    }
}
