import Media
import TreffpunktCore
import Vapor

/// The CSV import for admins: upload → preview (nothing written) → import (all or nothing).
struct OrgImportController {
    /// An HR export of a few thousand people is well below this.
    static let maximumFileBytes = 5 * 1024 * 1024

    func boot(_ web: any RoutesBuilder) {
        web.get(OrgAdminURL.importFile.route, use: form)
        web.on(.POST, OrgAdminURL.importFile.route, body: .stream, use: preview)
        web.post(OrgAdminURL.importConfirm.route, use: confirm)
    }

    private struct ConfirmForm: Content {
        var token: String?
    }

    @Sendable func form(req: Request) async throws -> Response {
        _ = try req.requireAdmin()
        return OrgImportPage.render(problem: nil, context: try await req.pageContext()).response()
    }

    @Sendable func preview(req: Request) async throws -> Response {
        _ = try req.requireAdmin()
        guard req.carriesFiles else { return try await uploadPage(req, OrgImportText.fileRequired, status: .unprocessableEntity) }
        let upload = try await MultipartUpload.read(req, maxFileBytes: Self.maximumFileBytes, maxFiles: 1)
        defer { upload.removeFiles() }
        if let failure = upload.failure { return try await uploadPage(req, failure.message, status: failure.status) }
        guard let file = upload.files.first(where: { $0.field == "file" }),
              let data = FileManager.default.contents(atPath: file.url.path) else {
            return try await uploadPage(req, OrgImportText.fileRequired, status: .unprocessableEntity)
        }
        let bytes = [UInt8](data)
        let plan: OrgImportPlan
        do {
            plan = try await OrgImportService(app: req.application).preview(bytes)
        } catch let failure as OrgImportFailure {
            return try await uploadPage(req, failure.message, status: .unprocessableEntity)
        }
        let uploads = OrgImportUploads(req: req)
        let token = plan.hasErrors ? nil : try uploads.keep(bytes)
        if plan.hasErrors { uploads.discard() }
        let model = OrgImportPreviewPage.Model(plan: plan, token: token)
        return OrgImportPreviewPage.render(model, context: try await req.pageContext())
            .response(status: plan.hasErrors ? .unprocessableEntity : .ok)
    }

    @Sendable func confirm(req: Request) async throws -> Response {
        _ = try req.requireAdmin()
        let uploads = OrgImportUploads(req: req)
        guard let token = try req.content.decode(ConfirmForm.self).token, let bytes = uploads.bytes(token: token) else {
            return try await uploadPage(req, OrgImportText.previewExpired, status: .unprocessableEntity)
        }
        let outcome: OrgImportService.Outcome
        do {
            outcome = try await OrgImportService(app: req.application).run(bytes)
        } catch let failure as OrgImportFailure {
            uploads.discard()
            return try await uploadPage(req, failure.message, status: .unprocessableEntity)
        }
        uploads.discard()
        switch outcome {
        case .imported(let result):
            req.flash(.success, OrgImportText.imported(new: result.created, updated: result.updated, units: result.newUnits))
            return req.redirect(to: OrgAdminURL.overview.path, redirectType: .normal)
        case .invalid(let plan):
            let model = OrgImportPreviewPage.Model(plan: plan, token: nil, notice: OrgImportText.changedSincePreview)
            return OrgImportPreviewPage.render(model, context: try await req.pageContext()).response(status: .unprocessableEntity)
        }
    }

    private func uploadPage(_ req: Request, _ problem: LocalizedText, status: HTTPResponseStatus) async throws -> Response {
        OrgImportPage.render(problem: problem, context: try await req.pageContext()).response(status: status)
    }
}
