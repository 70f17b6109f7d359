import Media
import Plot
import TreffpunktCore

/// `/c/slug/blocks/ID`: the fields of one building block, by its kind; image blocks also take a picture.
enum BlockEditPage {
    struct Model {
        var page: LoadedPage
        var block: PageBlock
        var input: PageBlockService.Input
        var errors = FormErrors()
        /// The page's pictures in its other image blocks, to choose from.
        var pictures: [MediaAttachment] = []
        var imageError: LocalizedText?
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let block = model.block
        let slug = model.page.slug
        func error(_ field: String) -> String? { model.errors[field].map { context.t($0) } }
        return Layout.page(context.t(PagesText.editBlockTitle), context: context, content: .div(
            .h1(.text("\(context.t(PagesText.editBlockTitle)): \(context.t(block.kind.label))")),
            .p(.a(.safeHref(PagesURL.manage(slug: slug).path + "#blocks"), .text(context.t(PagesText.manageTitle)))),
            .form(
                .class("card"), .id("block-form"), .method(.post), .safeAction(PagesURL.block(slug: slug, id: block.requireID()).path),
                Layout.csrfField(context.csrfToken),
                FormField.input("title", label: context.t(PagesText.blockTitle), value: model.input.title, error: error("title"),
                                required: false, maxLength: PageBlockService.titleMaximum),
                fields(model, error: error, context: context),
                .button(.type(.submit), .class("primary"), .text(context.t(PagesText.save)))
            ),
            .if(block.kind == .image, imageForm(model, context: context))
        ))
    }

    private static func fields(_ model: Model, error: (String) -> String?, context: PageContext) -> Node<HTML.FormContext> {
        switch model.block.kind {
        case .text:
            return FormField.textArea("body", label: context.t(PagesText.blockBody), value: model.input.body, error: error("body"), rows: 8,
                                      maxLength: PageBlockService.bodyMaximum)
        case .image:
            return FormField.input("body", label: context.t(PagesText.imageAlt), value: model.input.body, error: error("body"),
                                   required: false, maxLength: PageBlockService.altMaximum)
        case .links:
            return FormField.textArea("links", label: context.t(PagesText.linksLabel), value: model.input.links, error: error("links"), rows: 6)
        case .team:
            return FormField.textArea("team", label: context.t(PagesText.teamLabel), value: model.input.team, error: error("team"), rows: 6)
        case .contact, .latestPosts, .jobs:
            return .empty
        }
    }

    /// A form of its own: files travel as multipart, read as they stream in, with the form token in the address.
    private static func imageForm(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        let action = PagesURL.blockImage(slug: model.page.slug, id: model.block.requireID()).path + "?\(CSRFMiddleware.fieldName)=\(context.csrfToken)"
        return .form(
            .class("card"), .id("image-form"), .method(.post), .enctype(.multipartData), .safeAction(action),
            Layout.csrfField(context.csrfToken),
            .unwrap(model.block.mediaID) { .img(.class("page-image"), .safeSrc(MediaLinks.path($0, .small)), .alt("")) },
            .div(
                .safeClass(model.imageError == nil ? "field" : "field has-error"),
                .label(.for("field-image"), .text(context.t(PagesText.imageLabel))),
                .input(.type(.file), .name("image"), .id("field-image"), .attribute(named: "accept", value: "image/jpeg,image/png,image/webp,image/gif")),
                .unwrap(model.imageError) { .p(.class("field-error"), .text(context.t($0))) }
            ),
            .if(!model.pictures.isEmpty, FormField.select(
                "medium_id", label: context.t(PagesText.existingImage),
                options: [(value: "", label: context.t(PagesText.noExistingImage))]
                    + model.pictures.map { (value: String($0.requireID()), label: $0.description.isEmpty ? "#\($0.requireID())" : $0.description) },
                selected: model.block.mediaID.map(String.init))),
            .button(.type(.submit), .class("primary"), .text(context.t(PagesText.uploadImage)))
        )
    }
}
