import Plot
import TreffpunktCore

/// What changed between two revisions of a page, line by line.
enum WikiDiffPage {
    struct Model {
        let scope: WikiScope
        let page: WikiPage
        let from: WikiRevision
        let to: WikiRevision
        let authors: WikiAuthors
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let title = context.t(WikisText.diffTitle(model.page.title))
        return Layout.page(title, context: context, content: .div(
            .class("wiki wiki-diff-page"),
            WikiHeader.render(model.scope, context: context),
            .h1(.text(title)),
            .section(
                .class("card"),
                .h2(.text(context.t(WikisText.diffHeading(from: model.from.number, to: model.to.number)))),
                .ul(
                    .li(.del(.text(model.authors.line(model.from, context: context)))),
                    .li(.ins(.text(model.authors.line(model.to, context: context))))
                ),
                WikiDiffList.render(LineDiff.lines(from: model.from.source, to: model.to.source), context: context)
            ),
            .p(.a(.safeHref(model.scope.path(.page(model.page.requireID())) + "#history"), .text(context.t(WikisText.backToPage))))
        ))
    }
}
