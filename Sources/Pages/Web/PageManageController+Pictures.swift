import Accounts
import Media
import TreffpunktCore
import Vapor

extension PageManageController {
    /// Logo and header image: each uploaded, replaced or removed in one form, by the page's writers.
    @Sendable func savePictures(req: Request) async throws -> Response {
        _ = try req.requireViewer()
        let page = try await req.companyPage()
        // Only the page's writers' uploads are read: anyone else is answered before a byte of the body is.
        try PagePermissions.require(page.permissions.mayEditContent)
        let upload = try await MultipartUpload.read(req, maxFileBytes: req.config.mediaLimits.maxImageBytes, maxFiles: 2)
        defer { upload.removeFiles() }
        let accounts = PageAccounts(database: req.db)
        do {
            if let failure = upload.failure { throw failure }
            for purpose in [MediaPurpose.avatar, .header] {
                if upload.field("remove_\(purpose.rawValue)") != nil {
                    try await accounts.setPicture(purpose, of: page.id, to: nil, media: req.mediaService)
                } else if let file = upload.files.first(where: { $0.field == purpose.rawValue }) {
                    try await accounts.setPicture(purpose, of: page.id, to: file, media: req.mediaService)
                }
            }
        } catch let error as UserFacingError where error.status == .unprocessableEntity || error.status == .payloadTooLarge {
            var model = try await model(req, page)
            model.picturesError = error.message
            return try await render(req, model, status: error.status)
        }
        req.flash(.success, PagesText.picturesSaved)
        return req.redirect(to: PagesURL.manage(slug: page.slug).path + "#pictures", redirectType: .normal)
    }
}
