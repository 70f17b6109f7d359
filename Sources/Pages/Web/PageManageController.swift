import Accounts
import Fluent
import Media
import TreffpunktCore
import Vapor

/// Editing a page: its about section, its building blocks, and (for owners) its team's roles.
struct PageManageController {
    func boot(_ web: any RoutesBuilder) {
        web.get(PagesURL.manage(slug: "").route, use: manage)
        web.post(PagesURL.about(slug: "").route, use: saveAbout)
        // Streamed: pictures go to disk as they arrive.
        web.on(.POST, PagesURL.pictures(slug: "").route, body: .stream, use: savePictures)
        web.post(PagesURL.blocks(slug: "").route, use: addBlock)
        web.get(PagesURL.block(slug: "", id: 0).route, use: editBlock)
        web.post(PagesURL.block(slug: "", id: 0).route, use: saveBlock)
        // Streamed: pictures go to disk as they arrive.
        web.on(.POST, PagesURL.blockImage(slug: "", id: 0).route, body: .stream, use: saveImage)
        web.post(PagesURL.blockMove(slug: "", id: 0).route, use: moveBlock)
        web.post(PagesURL.blockDelete(slug: "", id: 0).route, use: removeBlock)
        web.post(PagesURL.roles(slug: "").route, use: grantRole)
        web.post(PagesURL.roleDelete(slug: "", memberID: 0).route, use: revokeRole)
    }

    @Sendable func manage(req: Request) async throws -> Response {
        _ = try req.requireViewer()
        let page = try await req.companyPage()
        try PagePermissions.require(page.permissions.mayManage)
        return try await render(req, try await model(req, page))
    }

    private struct AboutForm: Content {
        var name: String?
        var tagline: String?
        var about: String?
        var address: String?
        var phone: String?
        var email: String?
        var website: String?
        var imprint: String?
    }

    @Sendable func saveAbout(req: Request) async throws -> Response {
        _ = try req.requireViewer()
        let page = try await req.companyPage()
        let form = try req.content.decode(AboutForm.self)
        let about = PageService.About(name: form.name ?? "", tagline: form.tagline ?? "", about: form.about ?? "", address: form.address ?? "",
                                      phone: form.phone ?? "", email: form.email ?? "", website: form.website ?? "", imprint: form.imprint ?? "")
        let errors = try await PageService(database: req.db, publicURL: req.config.publicURL).updateAbout(of: page, about)
        guard errors.isEmpty else {
            var model = try await model(req, page)
            model.about = about
            model.aboutErrors = errors
            return try await render(req, model, status: .unprocessableEntity)
        }
        req.flash(.success, PagesText.aboutSaved)
        return req.redirect(to: .companyPage(slug: page.slug))
    }

    private struct KindForm: Content {
        var kind: String?
    }

    @Sendable func addBlock(req: Request) async throws -> Response {
        _ = try req.requireViewer()
        let page = try await req.companyPage()
        let kind = try req.content.decode(KindForm.self).kind ?? ""
        let block = try await PageBlockService(database: req.db).add(kind, to: page, language: req.language)
        req.flash(.success, PagesText.blockAdded)
        return req.redirect(to: PagesURL.block(slug: page.slug, id: block.requireID()).path, redirectType: .normal)
    }

    @Sendable func editBlock(req: Request) async throws -> Response {
        _ = try req.requireViewer()
        let (page, block) = try await pageAndBlock(req)
        return try await renderBlock(req, page: page, block: block, input: try await input(of: block, req: req))
    }

    private struct BlockForm: Content {
        var title: String?
        var body: String?
        var links: String?
        var team: String?
    }

    @Sendable func saveBlock(req: Request) async throws -> Response {
        _ = try req.requireViewer()
        let (page, block) = try await pageAndBlock(req)
        let form = try req.content.decode(BlockForm.self)
        let input = PageBlockService.Input(title: form.title ?? "", body: form.body ?? "", links: form.links ?? "", team: form.team ?? "")
        let errors = try await PageBlockService(database: req.db).update(block, with: input)
        guard errors.isEmpty else {
            return try await renderBlock(req, page: page, block: block, input: input, errors: errors, status: .unprocessableEntity)
        }
        req.flash(.success, PagesText.blockSaved)
        return req.redirect(to: SiteURL.companyPage(slug: page.slug).path + "#block-\(block.requireID())", redirectType: .normal)
    }

    /// An uploaded picture, or one of the page's pictures chosen by id.
    @Sendable func saveImage(req: Request) async throws -> Response {
        _ = try req.requireViewer()
        // Only editors' uploads are read: anyone else is answered before a byte of the body is.
        let (page, block) = try await pageAndBlock(req)
        let upload = try await MultipartUpload.read(req, maxFileBytes: req.config.mediaLimits.maxImageBytes, maxFiles: 1)
        defer { upload.removeFiles() }
        let service = PageBlockService(database: req.db)
        do {
            if let failure = upload.failure { throw failure }
            if let file = upload.files.first(where: { $0.field == "image" }) {
                try await service.uploadImage(block, file: file, description: block.body, media: req.mediaService)
            } else if let chosen = upload.field("medium_id").flatMap({ Int64($0) }) {
                try await service.setImage(block, mediumID: chosen)
            } else {
                throw UserFacingError(.unprocessableEntity, PagesText.imageRequired)
            }
        } catch let error as UserFacingError where error.status == .unprocessableEntity || error.status == .payloadTooLarge {
            return try await renderBlock(req, page: page, block: block, input: try await input(of: block, req: req),
                                         imageError: error.message, status: error.status)
        }
        req.flash(.success, PagesText.blockSaved)
        return req.redirect(to: SiteURL.companyPage(slug: page.slug).path + "#block-\(block.requireID())", redirectType: .normal)
    }

    private struct MoveForm: Content {
        var direction: String?
    }

    @Sendable func moveBlock(req: Request) async throws -> Response {
        _ = try req.requireViewer()
        let (page, block) = try await pageAndBlock(req)
        guard let direction = PageBlockService.Direction(rawValue: try req.content.decode(MoveForm.self).direction ?? "") else {
            throw UserFacingError(.badRequest, PagesText.unknownDirection)
        }
        try await PageBlockService(database: req.db).move(block, direction)
        req.flash(.success, PagesText.blockMoved)
        return req.redirect(to: PagesURL.manage(slug: page.slug).path + "#blocks", redirectType: .normal)
    }

    @Sendable func removeBlock(req: Request) async throws -> Response {
        _ = try req.requireViewer()
        let (page, block) = try await pageAndBlock(req)
        try await PageBlockService(database: req.db).remove(block)
        req.flash(.success, PagesText.blockRemoved)
        return req.redirect(to: PagesURL.manage(slug: page.slug).path + "#blocks", redirectType: .normal)
    }

    private struct RoleForm: Content {
        var member: String?
        var role: String?
    }

    @Sendable func grantRole(req: Request) async throws -> Response {
        _ = try req.requireViewer()
        let page = try await req.companyPage()
        let form = try req.content.decode(RoleForm.self)
        let errors = try await PageRoleService(database: req.db).grant(form.role ?? "", to: form.member ?? "", on: page)
        guard errors.isEmpty else {
            var model = try await model(req, page)
            model.grantMember = form.member ?? ""
            model.grantRole = form.role ?? ""
            model.roleErrors = errors
            return try await render(req, model, status: .unprocessableEntity)
        }
        req.flash(.success, PagesText.roleGranted)
        return req.redirect(to: PagesURL.manage(slug: page.slug).path + "#team", redirectType: .normal)
    }

    @Sendable func revokeRole(req: Request) async throws -> Response {
        _ = try req.requireViewer()
        let page = try await req.companyPage()
        try await PageRoleService(database: req.db).revoke(try req.pathID(PagesText.notInTeam), on: page)
        req.flash(.success, PagesText.roleRevoked)
        return req.redirect(to: PagesURL.manage(slug: page.slug).path + "#team", redirectType: .normal)
    }

    private func pageAndBlock(_ req: Request) async throws -> (LoadedPage, PageBlock) {
        let page = try await req.companyPage()
        let block = try await PageBlockService(database: req.db).block(try req.pathID(PagesText.blockNotFound), of: page)
        return (page, block)
    }

    func model(_ req: Request, _ page: LoadedPage) async throws -> PageManagePage.Model {
        let profile = page.profile
        let about = PageService.About(name: page.account.displayName, tagline: page.account.bio, about: profile.about, address: profile.address,
                                      phone: profile.phone, email: profile.email, website: profile.website, imprint: profile.imprint)
        return PageManagePage.Model(page: page, about: about, blocks: try await PageBlockService(database: req.db).blocks(of: page.id),
                                    team: try await PageRoleService(database: req.db).team(of: page.id),
                                    record: try await PageTeams.record(of: page.id, on: req.db))
    }

    func render(_ req: Request, _ model: PageManagePage.Model, status: HTTPResponseStatus = .ok) async throws -> Response {
        PageManagePage.render(model, context: try await req.pageContext()).response(status: status)
    }

    /// The form's fields as the block holds them now.
    private func input(of block: PageBlock, req: Request) async throws -> PageBlockService.Input {
        var input = PageBlockService.Input(title: block.title, body: block.body, links: PageLinks.lines(block.links))
        let members = try await MemberLookup(database: req.db).members(ids: block.team.map(\.memberID))
        input.team = block.team.compactMap { entry in
            members[entry.memberID].map { entry.position.isEmpty ? $0.username : "\($0.username) | \(entry.position)" }
        }.joined(separator: "\n")
        return input
    }

    private func renderBlock(_ req: Request, page: LoadedPage, block: PageBlock, input: PageBlockService.Input, errors: FormErrors = FormErrors(),
                             imageError: LocalizedText? = nil, status: HTTPResponseStatus = .ok) async throws -> Response {
        let service = PageBlockService(database: req.db)
        let pictures = block.kind == .image ? try await service.pictures(of: try await service.blocks(of: page.id)) : []
        let model = BlockEditPage.Model(page: page, block: block, input: input, errors: errors, pictures: pictures, imageError: imageError)
        return BlockEditPage.render(model, context: try await req.pageContext()).response(status: status)
    }
}
