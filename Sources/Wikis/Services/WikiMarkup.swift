import Foundation
import TreffpunktCore

/// A wiki page's Markdown with `[[Target]]` and `[[Target|label]]` links, as HTML.
///
/// Links are resolved when the page is shown, not when it is saved: whether `[[Drucker]]` is a red
/// link depends on pages that may be created later, and resolving at view time needs no refresh of
/// every page that links to a new title. The reader already loads the wiki's page tree (one query,
/// titles only) for the breadcrumbs and the parent choice; the links are looked up in it, so a page
/// with many links costs no extra query. Rendering Markdown is fast next to that query.
enum WikiMarkup {
    private nonisolated(unsafe) static let link = /\[\[([^\[\]|\n]+)(?:\|([^\[\]\n]+))?\]\]/

    /// Safe HTML: links to existing pages go to them, links to missing pages to the form that creates
    /// them with the title filled in, marked with the class `wiki-missing` and a title saying so.
    static func html(_ source: String, tree: WikiTree, scope: WikiScope, missingHint: String) -> String {
        let markdown = source.replacing(link) { match -> String in
            let target = WikiTitle.clean(String(match.output.1))
            let label = match.output.2.map { WikiTitle.clean(String($0)) }.flatMap { $0.isEmpty ? nil : $0 } ?? target
            guard !target.isEmpty else { return String(match.output.0) }
            let url = tree.node(titled: target).map { scope.path(.page($0.id)) } ?? scope.path(.newPage(title: target, parent: nil))
            return "[\(label)](\(url))"
        }
        let html = MarkdownRenderer().html(markdown)
        // The sanitiser keeps no classes; its output writes every link as `<a href="…`, so the links to
        // the create form are found exactly.
        let missing = "<a href=\"\(scope.path(.newPage(title: nil, parent: nil)))?"
        return html.replacingOccurrences(
            of: missing,
            with: "<a class=\"wiki-missing\" title=\"\(HTMLEscaping.escape(missingHint))\" href=\"\(scope.path(.newPage(title: nil, parent: nil)))?")
    }

    /// What a reader sees of the page as plain text (a link shows its label), for search snippets.
    static func plainText(_ source: String) -> String {
        let markdown = source.replacing(link) { match -> String in
            match.output.2.map(String.init) ?? String(match.output.1)
        }
        return MarkdownRenderer().plainText(markdown)
    }
}
