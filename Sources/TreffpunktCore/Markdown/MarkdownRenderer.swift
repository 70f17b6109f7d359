import Ink

/// The one Markdown renderer of Treffpunkt: blog posts, forum topics, wiki pages, page blocks.
/// Ink turns Markdown into HTML; `HTMLSanitizer` then keeps only harmless markup, so whatever a
/// person types — raw HTML, script, event handlers, `javascript:` links — never runs in a reader's browser.
package struct MarkdownRenderer: Sendable {
    package init() {}

    /// Safe HTML for `markdown`. Features with their own syntax (a wiki's `[[internal links]]`) turn
    /// it into plain Markdown first.
    package func html(_ markdown: String) -> String {
        // Front matter ("---" lines at the very start) is not ours: Ink would swallow it as metadata.
        let source = markdown.hasPrefix("-") ? "\u{200B}" + markdown : markdown
        return HTMLSanitizer.sanitize(MarkdownParser().html(from: source))
    }
}
