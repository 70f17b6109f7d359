import Plot
import TreffpunktCore

/// The line above every wiki page: which wiki, and for a space's wiki the way back to the space.
enum WikiHeader {
    static func render(_ scope: WikiScope, context: PageContext) -> Node<HTML.BodyContext> {
        .p(
            .class("wiki-scope muted"),
            .a(.safeHref(scope.path(.home)), .text(context.t(scope.name))),
            .unwrap(scope.spacePath) { path in
                .group(.text(" · "), .a(.safeHref(path), .text(context.t(WikisText.backToSpace))))
            }
        )
    }
}
