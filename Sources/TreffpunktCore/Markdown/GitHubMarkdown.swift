import CCmarkGFM
import Foundation
import Synchronization

/// CommonMark with GitHub's extensions (tables, strikethrough, autolinks, task lists), through
/// cmark-gfm, GitHub's own parser: what people write renders as every other Markdown tool renders it.
///
/// Raw HTML is passed through (`CMARK_OPT_UNSAFE`) rather than replaced by cmark's
/// `<!-- raw HTML omitted -->`: `HTMLSanitizer` decides what of it stays markup, and whatever is not
/// markup — `Bitte <Ihr Name> eintragen` — stays visible as text instead of vanishing.
enum GitHubMarkdown {
    static let extensions = ["table", "strikethrough", "autolink", "tasklist"]
    static let options = CMARK_OPT_DEFAULT | CMARK_OPT_UNSAFE

    /// cmark-gfm 0.29 is not safe to run on two threads at once: each parse switches the extensions'
    /// characters on in a table shared by all parsers, and switches them off again when it ends — in
    /// the middle of another thread's parse. Rendering takes microseconds; one at a time is enough.
    private static let lock = Mutex(())

    /// Unsanitised HTML for `markdown`.
    static func html(_ markdown: String) -> String {
        lock.withLock { _ in
            cmark_gfm_core_extensions_ensure_registered()
            let parser = cmark_parser_new(options)
            defer { cmark_parser_free(parser) }
            for name in extensions {
                if let syntax = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, syntax) }
            }
            var source = markdown
            source.withUTF8 { bytes in
                bytes.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
            }
            let document = cmark_parser_finish(parser)
            defer { cmark_node_free(document) }
            guard let html = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else { return "" }
            defer { free(html) }
            return String(cString: html)
        }
    }
}
