/// The one Markdown renderer of Treffpunkt: blog posts, forum topics, wiki pages, page blocks.
/// cmark-gfm turns Markdown into HTML (`GitHubMarkdown`); `HTMLSanitizer` then keeps only harmless
/// markup, so whatever a person types — raw HTML, script, event handlers, `javascript:` links — never
/// runs in a reader's browser.
package struct MarkdownRenderer: Sendable {
    package init() {}

    /// Safe HTML for `markdown`. Features with their own syntax (a wiki's `[[internal links]]`) turn
    /// it into plain Markdown first.
    package func html(_ markdown: String) -> String {
        HTMLSanitizer.sanitize(GitHubMarkdown.html(markdown))
    }

    /// The text a reader sees of `markdown`, without its syntax: for search snippets and teasers.
    package func plainText(_ markdown: String) -> String {
        PlainText.fromHTML(html(markdown))
    }
}
