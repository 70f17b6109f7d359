import Foundation
import Plot
import TreffpunktCore

/// A blog's public articles as RSS 2.0 and Atom, for feed readers. Callers pass only what a logged-out
/// visitor may read.
enum BlogFeed {
    static func rss(_ blog: Blog, items: [ArticleItem], publicURL: String, language: AppLanguage) -> String {
        let blogURL = publicURL + blog.path
        return RSS(
            .title(BlogsText.blogOf(blog.name)(language)),
            .description(BlogsText.blogOf(blog.name)(language)),
            .link(blogURL),
            .language(language == .de ? .german : .english),
            .forEach(items) { item in
                let url = publicURL + item.path
                return .item(
                    .guid(.text(url), .isPermaLink(true)),
                    .title(item.article.title),
                    .description(ArticleTeaser.make(fromHTML: item.article.html)),
                    .link(url),
                    .pubDate(item.article.publishedAt ?? Date(), timeZone: .gmt),
                    .safeContent(item.article.html)
                )
            }
        ).render()
    }

    static func atom(_ blog: Blog, items: [ArticleItem], publicURL: String, language: AppLanguage) -> String {
        let blogURL = publicURL + blog.path
        let updated = items.compactMap(\.article.publishedAt).max() ?? Date(timeIntervalSince1970: 0)
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(language == .de ? "de" : "en")">
            <id>\(escape(blogURL))</id>
            <title>\(escape(BlogsText.blogOf(blog.name)(language)))</title>
            <updated>\(timestamp(updated))</updated>
            <link rel="alternate" type="text/html" href="\(escape(blogURL))"/>
            <link rel="self" type="application/atom+xml" href="\(escape(publicURL + BlogURL.atom(blog.address).path))"/>
            <author><name>\(escape(blog.name))</name></author>

            """
        for item in items {
            let url = publicURL + item.path
            let published = timestamp(item.article.publishedAt ?? updated)
            xml += """
                <entry>
                <id>\(escape(url))</id>
                <title>\(escape(item.article.title))</title>
                <link rel="alternate" type="text/html" href="\(escape(url))"/>
                <published>\(published)</published>
                <updated>\(item.article.updatedAt.map(timestamp) ?? published)</updated>
                <summary>\(escape(ArticleTeaser.make(fromHTML: item.article.html)))</summary>
                <content type="html">\(escape(item.article.html))</content>
                \(item.article.tagList.map { "<category term=\"\(escape($0))\"/>" }.joined())
                </entry>

                """
        }
        return xml + "</feed>\n"
    }

    private static func escape(_ text: String) -> String {
        HTMLEscaping.escape(text)
    }

    private static func timestamp(_ date: Date) -> String {
        date.formatted(.iso8601)
    }
}
