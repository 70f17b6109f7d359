import Accounts
import Plot
import TreffpunktCore

/// `/c/slug/manage`: the about section, the building blocks (add, edit, move, remove) and the team's roles.
enum PageManagePage {
    struct Model {
        var page: LoadedPage
        var about: PageService.About
        var aboutErrors = FormErrors()
        var blocks: [PageBlock]
        var team: [PageRoleService.TeamMember]
        var grantMember = ""
        var grantRole = PageRole.editor.rawValue
        var roleErrors = FormErrors()
        var record: [PageRecordView.Line] = []
        var picturesError: LocalizedText?
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let page = model.page
        return Layout.page(context.t(PagesText.manageTitle), context: context, content: .div(
            .h1(.text("\(context.t(PagesText.manageTitle)): \(page.account.displayName)")),
            .p(.a(.safeHref(SiteURL.companyPage(slug: page.slug).path), .text(context.t(PagesText.backToPage)))),
            .if(page.permissions.mayEditContent, .group(aboutForm(model, context: context),
                                                        PagePicturesForm.render(page, error: model.picturesError, context: context),
                                                        blocks(model, context: context))),
            .if(page.permissions.mayManageRoles, roles(model, context: context)),
            PageRecordView.render(model.record, context: context)
        ))
    }

    private static func aboutForm(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        let about = model.about
        func error(_ field: String) -> String? { model.aboutErrors[field].map { context.t($0) } }
        return .form(
            .class("card"), .id("about-form"), .method(.post), .safeAction(PagesURL.about(slug: model.page.slug).path),
            .h2(.text(context.t(PagesText.about))),
            Layout.csrfField(context.csrfToken),
            FormField.input("name", label: context.t(PagesText.nameLabel), value: about.name, error: error("name"), maxLength: 60),
            FormField.input("tagline", label: context.t(PagesText.taglineLabel), value: about.tagline, error: error("tagline"),
                            required: false, maxLength: 500),
            FormField.textArea("about", label: context.t(PagesText.aboutLabel), value: about.about, error: error("about"), rows: 6,
                               maxLength: PageService.aboutMaximum),
            FormField.textArea("address", label: context.t(PagesText.address), value: about.address, error: error("address"), rows: 3,
                               maxLength: PageService.contactMaximum),
            FormField.input("phone", label: context.t(PagesText.phone), value: about.phone, error: error("phone"), type: .tel, required: false,
                            maxLength: PageService.contactMaximum),
            FormField.input("email", label: context.t(PagesText.email), value: about.email, error: error("email"), type: .email, required: false,
                            maxLength: PageService.contactMaximum),
            FormField.input("website", label: context.t(PagesText.website), value: about.website, error: error("website"), type: .url,
                            required: false, maxLength: PageService.contactMaximum),
            FormField.textArea("imprint", label: context.t(PagesText.imprintLabel), value: about.imprint, error: error("imprint"), rows: 6,
                               maxLength: PageService.imprintMaximum),
            .button(.type(.submit), .class("primary"), .text(context.t(PagesText.save)))
        )
    }

    private static func blocks(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        let slug = model.page.slug
        return .section(
            .class("card page-block-list"), .id("blocks"),
            .h2(.text(context.t(PagesText.blocks))),
            model.blocks.isEmpty ? .p(.class("muted"), .text(context.t(PagesText.noBlocks))) : .ol(
                .forEach(model.blocks.enumerated().map { $0 }) { index, block in
                    .li(
                        .class("page-block-row"),
                        .strong(.text(context.t(block.kind.label))),
                        .text(block.title.isEmpty ? "" : " – \(block.title) "),
                        .a(.class("button"), .safeHref(PagesURL.block(slug: slug, id: block.requireID()).path), .text(context.t(PagesText.edit))),
                        .if(index > 0, PageViewParts.button(PagesURL.blockMove(slug: slug, id: block.requireID()).path, label: PagesText.moveUp,
                                                            fields: [("direction", "up")], context: context)),
                        .if(index < model.blocks.count - 1, PageViewParts.button(
                            PagesURL.blockMove(slug: slug, id: block.requireID()).path, label: PagesText.moveDown,
                            fields: [("direction", "down")], context: context)),
                        PageViewParts.button(PagesURL.blockDelete(slug: slug, id: block.requireID()).path, label: PagesText.remove,
                                             style: "danger", context: context)
                    )
                }
            ),
            .form(
                .class("inline-form"), .id("add-block"), .method(.post), .safeAction(PagesURL.blocks(slug: slug).path),
                Layout.csrfField(context.csrfToken),
                FormField.select("kind", label: context.t(PagesText.blockKind),
                                 options: PageBlockKind.allCases.map { (value: $0.rawValue, label: context.t($0.label)) }, selected: nil),
                .button(.type(.submit), .text(context.t(PagesText.addBlock)))
            )
        )
    }

    private static func roles(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        let slug = model.page.slug
        return .section(
            .class("card page-team"), .id("team"),
            .h2(.text(context.t(PagesText.team))),
            .p(.class("muted"), .text(context.t(PagesText.roleDescriptions))),
            .ul(.class("people-list"), .forEach(model.team) { entry in
                .li(
                    .class("person"),
                    MemberAvatar.render(entry.member, small: true),
                    .div(
                        .a(.safeHref(SiteURL.profile(username: entry.member.username).path), .text(entry.member.displayName)),
                        .p(.class("muted"), .text(context.t(entry.role.label)))
                    ),
                    PageViewParts.button(PagesURL.roleDelete(slug: slug, memberID: entry.member.id).path, label: PagesText.revoke,
                                         style: "danger", context: context)
                )
            }),
            .form(
                .id("grant-role"), .method(.post), .safeAction(PagesURL.roles(slug: slug).path),
                Layout.csrfField(context.csrfToken),
                FormField.input("member", label: context.t(PagesText.memberLabel), value: model.grantMember,
                                error: model.roleErrors["member"].map { context.t($0) }),
                FormField.select("role", label: context.t(PagesText.roleLabel),
                                 options: PageRole.allCases.map { (value: $0.rawValue, label: context.t($0.label)) }, selected: model.grantRole,
                                 error: model.roleErrors["role"].map { context.t($0) }),
                .button(.type(.submit), .class("primary"), .text(context.t(PagesText.grant)))
            )
        )
    }
}
