import Fluent
import Media
import TreffpunktCore
import Vapor

/// Writing: a new article, changes, the cover image, deleting.
struct ArticleEditController {
    func boot(_ web: any RoutesBuilder) {
        for kind in BlogKind.allCases {
            web.get(BlogURL.route(kind, "new")) { try await newForm(req: $0, kind: kind) }
            web.post(BlogURL.route(kind, "new")) { try await create(req: $0, kind: kind) }
            web.get(BlogURL.route(kind, ":id", "edit")) { try await editForm(req: $0, kind: kind) }
            web.post(BlogURL.route(kind, ":id", "edit")) { try await update(req: $0, kind: kind) }
            web.post(BlogURL.route(kind, ":id", "delete")) { try await delete(req: $0, kind: kind) }
            // Streamed: the picture goes to disk as it arrives.
            web.on(.POST, BlogURL.route(kind, ":id", "cover"), body: .stream) { try await saveCover(req: $0, kind: kind) }
        }
    }

    private struct ArticleForm: Content {
        var title: String?
        var body: String?
        var tags: String?
        var visibility: String?
        var publish_at: String?
        var intent: String?

        var draft: ArticleDraft {
            ArticleDraft(title: title ?? "", body: body ?? "", tags: tags ?? "", visibility: visibility ?? "",
                         publishAt: publish_at ?? "", intent: intent ?? "")
        }
    }

    func newForm(req: Request, kind: BlogKind) async throws -> Response {
        _ = try req.requireViewer()
        let blog = try await req.blog(kind)
        guard blog.mayWrite else { throw UserFacingError(.forbidden, BlogsText.mayNotWrite) }
        let model = ArticleFormPage.Model(blog: blog, article: nil, draft: ArticleDraft(visibility: PostVisibility.public.rawValue))
        return ArticleFormPage.render(model, context: try await req.pageContext()).response()
    }

    func create(req: Request, kind: BlogKind) async throws -> Response {
        _ = try req.requireViewer()
        let blog = try await req.blog(kind)
        let draft = try req.content.decode(ArticleForm.self).draft
        switch try await req.articleService.create(draft, in: blog) {
        case .success(let article):
            return done(req, article, in: blog, wasPublished: false)
        case .failure(let errors):
            let model = ArticleFormPage.Model(blog: blog, article: nil, draft: draft, errors: errors)
            return ArticleFormPage.render(model, context: try await req.pageContext()).response(status: .unprocessableEntity)
        }
    }

    func editForm(req: Request, kind: BlogKind) async throws -> Response {
        _ = try req.requireViewer()
        let (blog, article) = try await editable(req, kind)
        let model = ArticleFormPage.Model(blog: blog, article: article, draft: ArticleDraft(article))
        return ArticleFormPage.render(model, context: try await req.pageContext()).response()
    }

    func update(req: Request, kind: BlogKind) async throws -> Response {
        _ = try req.requireViewer()
        let (blog, article) = try await editable(req, kind)
        let draft = try req.content.decode(ArticleForm.self).draft
        let wasPublished = article.state == .published
        switch try await req.articleService.update(article, with: draft, in: blog) {
        case .success(let saved):
            return done(req, saved, in: blog, wasPublished: wasPublished)
        case .failure(let errors):
            let model = ArticleFormPage.Model(blog: blog, article: article, draft: draft, errors: errors)
            return ArticleFormPage.render(model, context: try await req.pageContext()).response(status: .unprocessableEntity)
        }
    }

    func delete(req: Request, kind: BlogKind) async throws -> Response {
        _ = try req.requireViewer()
        let (blog, article) = try await editable(req, kind)
        try await req.articleService.delete(article, in: blog)
        if let cover = article.coverMediaID, let medium = try await MediaLookup(database: req.db).media(ids: [cover])[cover] {
            try await req.mediaService.discard(medium)
        }
        req.flash(.success, BlogsText.deleted)
        return req.redirect(to: blog.path, redirectType: .normal)
    }

    /// A new cover replaces the old one, which is removed with its files; `remove` takes the cover away.
    func saveCover(req: Request, kind: BlogKind) async throws -> Response {
        _ = try req.requireViewer()
        // Only writers' uploads are read: anyone else is answered before a byte of the body is.
        let (blog, article) = try await editable(req, kind)
        let upload = try await MultipartUpload.read(req, maxFileBytes: req.config.mediaLimits.maxImageBytes, maxFiles: 1)
        defer { upload.removeFiles() }
        do {
            if let failure = upload.failure { throw failure }
            let covers = ArticleCovers(database: req.db, media: req.mediaService)
            if upload.field("remove") != nil {
                try await covers.remove(from: article)
            } else if let file = upload.files.first(where: { $0.field == "cover" }) {
                try await covers.set(file, on: article)
            } else {
                throw UserFacingError(.unprocessableEntity, BlogsText.coverMissing)
            }
        } catch let error as UserFacingError where error.status == .unprocessableEntity || error.status == .payloadTooLarge {
            return try await BlogsController.render(article, in: blog, req: req, coverError: error)
        }
        req.flash(.success, BlogsText.coverSaved)
        return req.redirect(to: BlogURL.article(blog.address, id: article.requireID()).path, redirectType: .normal)
    }

    /// The blog and the article of the path, when the reader may change it.
    private func editable(_ req: Request, _ kind: BlogKind) async throws -> (Blog, BlogArticle) {
        let blog = try await req.blog(kind)
        let article = try await req.article(in: blog)
        guard blog.mayEdit(article) else { throw UserFacingError(.forbidden, BlogsText.mayNotEdit) }
        return (blog, article)
    }

    private func done(_ req: Request, _ article: BlogArticle, in blog: Blog, wasPublished: Bool) -> Response {
        switch article.state {
        case .draft: req.flash(.success, BlogsText.saved)
        case .scheduled: req.flash(.success, BlogsText.scheduled)
        case .published: req.flash(.success, wasPublished ? BlogsText.saved : BlogsText.published)
        }
        return req.redirect(to: BlogURL.article(blog.address, id: article.requireID()).path, redirectType: .normal)
    }
}
