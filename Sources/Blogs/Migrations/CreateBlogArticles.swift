import Fluent
import TreffpunktCore

struct CreateBlogArticles: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(BlogArticle.schema)
            .field("id", .int64, .identifier(auto: false))
            .field("blog_kind", .string, .required)
            .field("blog_id", .int64, .required)
            .field("writer_id", .int64, .required)
            .field("account_id", .int64, .required)
            .field("title", .string, .required)
            .field("body", .string, .required)
            .field("html", .string, .required)
            .field("tags", .string, .required)
            .field("visibility", .string, .required)
            .field("state", .string, .required)
            .field("publish_at", .datetime)
            .field("published_at", .datetime)
            .field("post_id", .int64)
            .field("cover_media_id", .int64)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            // One announcement per article, even when the scheduler and a reader publish at once.
            .unique(on: "post_id", name: "blog_articles_post_unique")
            .create()
        // A blog's articles, newest first; /blogs; the scheduler's due articles.
        try await database.createIndex("blog_articles_by_blog", on: BlogArticle.schema, columns: ["blog_kind", "blog_id", "state", "published_at"])
        try await database.createIndex("blog_articles_by_state", on: BlogArticle.schema, columns: ["state", "published_at"])
        try await database.createIndex("blog_articles_due", on: BlogArticle.schema, columns: ["state", "publish_at"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(BlogArticle.schema).delete()
    }
}
