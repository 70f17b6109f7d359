import Fluent
import Foundation
import TreffpunktCore

/// One building block of a company page, shown in `position` order. What a block holds depends on its
/// kind: a text block its `body`, an image block a medium of the page (`mediaID`, alt text in `body`),
/// links and team blocks their entries as JSON in `entries` (read through `links` and `team`).
final class PageBlock: Model, @unchecked Sendable {
    static let schema = "page_blocks"

    @ID(custom: "id", generatedBy: .user) var id: Int64?
    @Field(key: "page_id") var pageID: Int64
    @Field(key: "position") var position: Int
    @Field(key: "kind") var kind: PageBlockKind
    @Field(key: "title") var title: String
    @Field(key: "body") var body: String
    @OptionalField(key: "media_id") var mediaID: Int64?
    @Field(key: "entries") var entries: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(pageID: Int64, position: Int, kind: PageBlockKind, title: String) {
        self.id = SnowflakeID.next()
        self.pageID = pageID
        self.position = position
        self.kind = kind
        self.title = title
        self.body = ""
        self.entries = "[]"
    }

    func requireID() -> Int64 {
        guard let id else { preconditionFailure("a stored block always has an id") }
        return id
    }

    var links: [PageLink] { decodedEntries() }
    var team: [PageTeamEntry] { decodedEntries() }

    private func decodedEntries<T: Decodable>() -> [T] {
        (try? JSONDecoder().decode([T].self, from: Data(entries.utf8))) ?? []
    }
}

/// One line of a links block.
struct PageLink: Codable, Sendable, Equatable {
    let label: String
    let url: String
}

/// One person of a team block, with the position shown under their name on this page.
struct PageTeamEntry: Codable, Sendable, Equatable {
    let memberID: Int64
    let position: String
}
