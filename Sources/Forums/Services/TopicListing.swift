import Fluent
import TreffpunktCore

/// One page of a category: its pinned topics, then the others newest activity first.
struct TopicListPage: Sendable {
    let pinned: [ForumTopic]
    let topics: [ForumTopic]
    /// The keyset for the next page, when there is one.
    let nextBefore: Int64?
}

struct TopicListing {
    static let pageSize = 25
    /// Pinned topics are few by nature; a bound keeps a page's size in check all the same.
    static let pinnedLimit = 20

    let database: any Database

    func page(of categoryID: Int64, before: Int64?) async throws -> TopicListPage {
        let pinned = before == nil
            ? try await ForumTopic.query(on: database).filter(\.$categoryID == categoryID).filter(\.$pinned == true)
                .sort(\.$activityID, .descending).limit(Self.pinnedLimit).all()
            : []
        var query = ForumTopic.query(on: database).filter(\.$categoryID == categoryID).filter(\.$pinned == false)
        if let before { query = query.filter(\.$activityID < before) }
        let topics = try await query.sort(\.$activityID, .descending).limit(Self.pageSize + 1).all()
        let shown = Array(topics.prefix(Self.pageSize))
        return TopicListPage(pinned: pinned, topics: shown, nextBefore: topics.count > Self.pageSize ? shown.last?.activityID : nil)
    }
}
