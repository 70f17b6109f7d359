import Plot
import TreffpunktCore

/// A wiki's start: its page tree as nested lists and the way to a new page.
enum WikiHomePage {
    static func render(scope: WikiScope, tree: WikiTree, context: PageContext) -> HTML {
        let title = context.t(scope.name)
        return Layout.page(title, context: context, content: .div(
            .class("wiki"),
            .h1(.text(title)),
            .p(.class("muted"), .text(context.t(WikisText.intro))),
            .unwrap(scope.spacePath) { path in .p(.a(.safeHref(path), .text(context.t(WikisText.backToSpace)))) },
            .p(.a(.class("button primary"), .safeHref(scope.path(.newPage(title: nil, parent: nil))), .text(context.t(WikisText.newPage)))),
            .section(
                .class("card"),
                .h2(.text(context.t(WikisText.pageTree))),
                tree.nodes.isEmpty
                    ? .p(.class("muted empty"), .text(context.t(WikisText.noPages)))
                    : WikiTreeList.render(tree, under: nil, scope: scope)
            )
        ))
    }
}

/// Pages under a parent as a nested list, their subpages inside them.
enum WikiTreeList {
    static func render(_ tree: WikiTree, under parentID: Int64?, scope: WikiScope) -> Node<HTML.BodyContext> {
        render(tree, under: parentID, scope: scope, seen: [])
    }

    private static func render(_ tree: WikiTree, under parentID: Int64?, scope: WikiScope, seen: Set<Int64>) -> Node<HTML.BodyContext> {
        let children = tree.children(of: parentID).filter { !seen.contains($0.id) }
        guard !children.isEmpty else { return .empty }
        return .ul(.class("wiki-tree"), .forEach(children) { node in
            .li(
                .a(.safeHref(scope.path(.page(node.id))), .text(node.title)),
                render(tree, under: node.id, scope: scope, seen: seen.union([node.id]))
            )
        })
    }
}
