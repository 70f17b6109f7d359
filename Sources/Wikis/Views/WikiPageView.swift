import Plot
import TreffpunktCore

/// A wiki page: where it sits in the tree, its text with resolved links, its subpages, and who
/// changed what when, with diffs and restore.
enum WikiPageView {
    struct Model {
        let scope: WikiScope
        let page: WikiPage
        let tree: WikiTree
        /// Newest first.
        let revisions: [WikiRevision]
        let authors: WikiAuthors
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let page = model.page, scope = model.scope
        let pageID = page.requireID()
        let ancestors = model.tree.ancestors(of: pageID)
        let html = WikiMarkup.html(page.source, tree: model.tree, scope: scope, missingHint: context.t(WikisText.missingPage))
        let current = model.revisions.first
        return Layout.page(page.title, context: context, content: .div(
            .class("wiki wiki-page"),
            WikiHeader.render(scope, context: context),
            .if(!ancestors.isEmpty, .nav(
                .class("wiki-breadcrumbs"), .safeAriaLabel(context.t(WikisText.breadcrumbs)),
                .ol(.forEach(ancestors) { node in .li(.a(.safeHref(scope.path(.page(node.id))), .text(node.title))) })
            )),
            .article(
                .class("card"),
                .h1(.text(page.title)),
                .unwrap(current) { revision in
                    .p(.class("muted"), .text(context.t(WikisText.lastChange(
                        number: revision.number, author: model.authors.name(revision.authorID, context: context),
                        date: DateText.dayAndTime(revision.createdAt ?? .now, in: context.language)))))
                },
                .div(.class("wiki-text"), .raw(html)),
                .p(
                    .class("wiki-actions"),
                    .a(.class("button primary"), .safeHref(scope.path(.edit(pageID))), .text(context.t(WikisText.edit))),
                    .text(" "),
                    .a(.class("button"), .safeHref(scope.path(.newPage(title: nil, parent: pageID))), .text(context.t(WikisText.newSubpage)))
                )
            ),
            .if(!model.tree.children(of: pageID).isEmpty, .section(
                .class("card"),
                .h2(.text(context.t(WikisText.subpages))),
                WikiTreeList.render(model.tree, under: pageID, scope: scope)
            )),
            history(model, context: context)
        ))
    }

    private static func history(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        let scope = model.scope, pageID = model.page.requireID()
        let revisions = model.revisions
        return .section(
            .class("card wiki-history"), .id("history"),
            .h2(.text(context.t(WikisText.history))),
            .table(
                .thead(.tr(
                    .th(.text(context.t(WikisText.revisionColumn))), .th(.text(context.t(WikisText.whenColumn))),
                    .th(.text(context.t(WikisText.whoColumn))), .th(.text(context.t(WikisText.noteColumn))),
                    .th(.text(context.t(WikisText.actionsColumn)))
                )),
                .tbody(.forEach(revisions.indices, { index in
                    let revision = revisions[index]
                    let previous = index + 1 < revisions.count ? revisions[index + 1] : nil
                    let isCurrent = revision.id == model.page.currentRevisionID
                    return .tr(
                        .td(.text(context.t(WikisText.revision(revision.number))),
                            .if(isCurrent, .span(.class("badge"), .text(context.t(WikisText.current))))),
                        .td(.text(DateText.dayAndTime(revision.createdAt ?? .now, in: context.language))),
                        .td(.text(model.authors.name(revision.authorID, context: context))),
                        .td(.text(revision.restoredFrom.map { context.t(WikisText.restoredFrom($0)) } ?? revision.note)),
                        .td(
                            .unwrap(previous) { previous in
                                .a(.safeHref(scope.path(.diff(pageID, from: previous.id, to: revision.id))), .text(context.t(WikisText.compareWithPrevious)))
                            },
                            .if(!isCurrent, .form(
                                .class("inline-form"), .method(.post), .safeAction(scope.path(.restore(pageID, revision: revision.requireID()))),
                                Layout.csrfField(context.csrfToken),
                                .button(.type(.submit), .class("link-button"),
                                        .safeAriaLabel(context.t(WikisText.restore) + " – " + context.t(WikisText.revision(revision.number))),
                                        .text(context.t(WikisText.restore)))
                            ))
                        )
                    )
                }))
            ),
            .if(revisions.count > 1, compareForm(model, context: context))
        )
    }

    /// Any two revisions side by side.
    private static func compareForm(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        let options = model.revisions.map { (value: String($0.requireID()), label: context.t(WikisText.revision($0.number))) }
        return .form(
            .class("wiki-compare"), .method(.get), .safeAction(model.scope.path(.diff(model.page.requireID(), from: nil, to: nil))),
            .h3(.text(context.t(WikisText.compareTitle))),
            FormField.select("from", label: context.t(WikisText.compareFrom), options: options, selected: options.dropFirst().first?.value),
            FormField.select("to", label: context.t(WikisText.compareTo), options: options, selected: options.first?.value),
            .button(.type(.submit), .text(context.t(WikisText.compareButton)))
        )
    }
}
