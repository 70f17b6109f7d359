import Foundation
import RoutingKit

/// The addresses inside one forum, relative to its base (`/forums` or `/s/<slug>/forum`).
enum ForumURL: Sendable, Equatable {
    case index
    case createCategory
    case category(slug: String, before: Int64? = nil)
    case createTopic(category: String)
    case categorySubscription(category: String)
    case topic(id: Int64, quote: Int64? = nil, after: Int64? = nil)
    case reply(topic: Int64)
    case accepted(topic: Int64)
    case pinned(topic: Int64)
    case locked(topic: Int64)
    case topicSubscription(topic: Int64)
    /// "Meine Abos": only under the company-wide base, it lists every forum's.
    case subscriptions

    func path(in base: String) -> String {
        switch self {
        case .index: base
        case .createCategory: "\(base)/categories"
        case .category(let slug, let before): "\(base)/c/\(slug)" + (before.map { "?before=\($0)" } ?? "")
        case .createTopic(let category): "\(base)/c/\(category)/topics"
        case .categorySubscription(let category): "\(base)/c/\(category)/subscription"
        case .topic(let id, let quote, let after):
            "\(base)/topics/\(id)" + (quote.map { "?quote=\($0)#reply-form" } ?? after.map { "?after=\($0)" } ?? "")
        case .reply(let topic): "\(base)/topics/\(topic)/replies"
        case .accepted(let topic): "\(base)/topics/\(topic)/accepted"
        case .pinned(let topic): "\(base)/topics/\(topic)/pinned"
        case .locked(let topic): "\(base)/topics/\(topic)/locked"
        case .topicSubscription(let topic): "\(base)/topics/\(topic)/subscription"
        case .subscriptions: "\(base)/subscriptions"
        }
    }

    /// The route below the base, parameters where the values go.
    var route: [PathComponent] {
        switch self {
        case .index: []
        case .createCategory: ["categories"]
        case .category: ["c", ":category"]
        case .createTopic: ["c", ":category", "topics"]
        case .categorySubscription: ["c", ":category", "subscription"]
        case .topic: ["topics", ":id"]
        case .reply: ["topics", ":id", "replies"]
        case .accepted: ["topics", ":id", "accepted"]
        case .pinned: ["topics", ":id", "pinned"]
        case .locked: ["topics", ":id", "locked"]
        case .topicSubscription: ["topics", ":id", "subscription"]
        case .subscriptions: ["subscriptions"]
        }
    }
}
