import Foundation
import RoutingKit

/// Every address of the chats in the browser, used both to register routes and to build links.
enum MessagesURL: Sendable, Equatable {
    case index
    case search(query: String?)
    /// Starts (or opens) the one-to-one chat with a person: the profile's "Nachricht senden".
    case with(username: String)
    case chat(id: Int64, before: Int64? = nil)
    /// Server-rendered messages after `after`, or one message, for chat.js.
    case items(chat: Int64, after: Int64? = nil)
    case item(chat: Int64, message: Int64)
    case send(chat: Int64)
    case edit(chat: Int64, message: Int64)
    case delete(chat: Int64, message: Int64)
    case read(chat: Int64)
    case typing(chat: Int64)
    case rename(chat: Int64)
    case participants(chat: Int64)
    case removeParticipant(chat: Int64, member: Int64)
    case leave(chat: Int64)

    var path: String {
        switch self {
        case .index: "/messages"
        case .search(let query):
            "/messages/search" + (query.map { "?q=\($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" } ?? "")
        case .with(let username): "/messages/with/\(username)"
        case .chat(let id, let before): "/messages/\(id)" + (before.map { "?before=\($0)" } ?? "")
        case .items(let chat, let after): "/messages/\(chat)/items" + (after.map { "?after=\($0)" } ?? "")
        case .item(let chat, let message): "/messages/\(chat)/items/\(message)"
        case .send(let chat): "/messages/\(chat)/messages"
        case .edit(let chat, let message): "/messages/\(chat)/messages/\(message)/edit"
        case .delete(let chat, let message): "/messages/\(chat)/messages/\(message)/delete"
        case .read(let chat): "/messages/\(chat)/read"
        case .typing(let chat): "/messages/\(chat)/typing"
        case .rename(let chat): "/messages/\(chat)/name"
        case .participants(let chat): "/messages/\(chat)/participants"
        case .removeParticipant(let chat, let member): "/messages/\(chat)/participants/\(member)/remove"
        case .leave(let chat): "/messages/\(chat)/leave"
        }
    }

    /// The path as route components; parameters stand where values go.
    var route: [PathComponent] {
        switch self {
        case .index: ["messages"]
        case .search: ["messages", "search"]
        case .with: ["messages", "with", ":username"]
        case .chat: ["messages", ":id"]
        case .items: ["messages", ":id", "items"]
        case .item: ["messages", ":id", "items", ":message"]
        case .send: ["messages", ":id", "messages"]
        case .edit: ["messages", ":id", "messages", ":message", "edit"]
        case .delete: ["messages", ":id", "messages", ":message", "delete"]
        case .read: ["messages", ":id", "read"]
        case .typing: ["messages", ":id", "typing"]
        case .rename: ["messages", ":id", "name"]
        case .participants: ["messages", ":id", "participants"]
        case .removeParticipant: ["messages", ":id", "participants", ":member", "remove"]
        case .leave: ["messages", ":id", "leave"]
        }
    }
}
