import Fluent
import Foundation
import TreffpunktCore

/// One save of a wiki page: who, when, what the page said then, and why.
final class WikiRevision: Model, @unchecked Sendable {
    static let schema = "wiki_revisions"

    @ID(custom: "id", generatedBy: .user) var id: Int64?
    @Field(key: "page_id") var pageID: Int64
    /// 1, 2, 3 … per page; unique with the page, so two saves on the same base cannot both be stored.
    @Field(key: "number") var number: Int
    @Field(key: "title") var title: String
    @Field(key: "source") var source: String
    /// The author's change note; empty when none was given.
    @Field(key: "note") var note: String
    /// The revision number this one brought back, for "restored from revision N" in every language.
    @OptionalField(key: "restored_from") var restoredFrom: Int?
    @Field(key: "author_id") var authorID: Int64
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(pageID: Int64, number: Int, title: String, source: String, note: String, restoredFrom: Int? = nil, authorID: Int64) {
        self.id = SnowflakeID.next()
        self.pageID = pageID
        self.number = number
        self.title = title
        self.source = source
        self.note = note
        self.restoredFrom = restoredFrom
        self.authorID = authorID
    }

    func requireID() -> Int64 {
        guard let id else { preconditionFailure("a stored wiki revision always has an id") }
        return id
    }
}
