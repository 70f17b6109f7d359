import Fluent
import Foundation
import TreffpunktCore

/// A page of a wiki with its current text; every save is also kept as a `WikiRevision`.
final class WikiPage: Model, @unchecked Sendable {
    static let schema = "wiki_pages"

    @ID(custom: "id", generatedBy: .user) var id: Int64?
    /// The wiki the page belongs to: a space's id, or `WikiScope.companyKey` (0) for the company wiki.
    /// A number rather than a nullable column, so the unique title index holds for the company wiki too.
    @Field(key: "wiki_key") var wikiKey: Int64
    @Field(key: "title") var title: String
    /// The title folded (`WikiTitle.key`): unique per wiki, and what `[[links]]` are resolved by.
    @Field(key: "title_key") var titleKey: String
    @OptionalField(key: "parent_id") var parentID: Int64?
    /// The Markdown source of the current revision.
    @Field(key: "source") var source: String
    @Field(key: "current_revision_id") var currentRevisionID: Int64
    @Field(key: "revision_count") var revisionCount: Int
    @Field(key: "created_by") var createdBy: Int64
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(id: Int64, wikiKey: Int64, title: String, parentID: Int64?, source: String, revisionID: Int64, createdBy: Int64) {
        self.id = id
        self.wikiKey = wikiKey
        self.title = title
        self.titleKey = WikiTitle.key(title)
        self.parentID = parentID
        self.source = source
        self.currentRevisionID = revisionID
        self.revisionCount = 1
        self.createdBy = createdBy
    }

    func requireID() -> Int64 {
        guard let id else { preconditionFailure("a stored wiki page always has an id") }
        return id
    }
}
