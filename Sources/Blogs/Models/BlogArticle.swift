import Fluent
import Foundation
import TreffpunktCore

/// An article of a blog. Its Markdown is rendered and sanitised once, when saved; the discussion
/// (comments, reactions) is that of the Social post that announced it.
final class BlogArticle: Model, @unchecked Sendable {
    static let schema = "blog_articles"

    @ID(custom: "id", generatedBy: .user) var id: Int64?
    @Field(key: "blog_kind") var blogKind: BlogKind
    /// The person's or page's account, or the space.
    @Field(key: "blog_id") var blogID: Int64
    /// The member who wrote it (for a page, one of its editors).
    @Field(key: "writer_id") var writerID: Int64
    /// The account that announces it and that the visibility policy sees as its author: the person,
    /// the page, in a space the writer.
    @Field(key: "account_id") var accountID: Int64
    @Field(key: "title") var title: String
    @Field(key: "body") var body: String
    @Field(key: "html") var html: String
    /// Lower-case tags, separated by single spaces.
    @Field(key: "tags") var tags: String
    @Field(key: "visibility") var visibility: PostVisibility
    @Field(key: "state") var state: ArticleState
    @OptionalField(key: "publish_at") var publishAt: Date?
    @OptionalField(key: "published_at") var publishedAt: Date?
    /// The Social post that announced it; its comments and reactions are the article's.
    @OptionalField(key: "post_id") var postID: Int64?
    @OptionalField(key: "cover_media_id") var coverMediaID: Int64?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(blog: Blog, writerID: Int64) {
        self.id = SnowflakeID.next()
        self.blogKind = blog.kind
        self.blogID = blog.ownerID
        self.writerID = writerID
        self.accountID = blog.postAuthor(writerID: writerID)
        self.title = ""
        self.body = ""
        self.html = ""
        self.tags = ""
        self.visibility = blog.kind == .space ? .space : .public
        self.state = .draft
    }

    func requireID() -> Int64 {
        guard let id else { preconditionFailure("a stored article always has an id") }
        return id
    }

    var tagList: [String] { tags.split(separator: " ").map(String.init) }

    /// What the visibility policy needs to know about it once published.
    var audience: PostAudience {
        PostAudience(authorID: accountID, visibility: visibility, spaceID: blogKind == .space ? blogID : nil)
    }
}
