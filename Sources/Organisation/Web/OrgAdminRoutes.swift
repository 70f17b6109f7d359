import Vapor

/// The administration of the organisation and the CSV import, under /org/admin (admins only).
enum OrgAdminRoutes {
    static func boot(_ web: any RoutesBuilder) {
        OrgAdminController().boot(web)
        OrgProjectAdminController().boot(web)
        OrgImportController().boot(web)
    }
}
