import Foundation

/// A message a WebSocket client sends to change what it listens to, as in Mastodon:
/// `{"type":"subscribe","stream":"hashtag","tag":"mittelstand"}` or `{"type":"unsubscribe","stream":"user"}`.
struct ClientMessage: Sendable {
    enum Action: String, Decodable {
        case subscribe, unsubscribe
    }

    let action: Action
    let stream: LiveStream

    private struct Body: Decodable {
        let type: String?
        let stream: String?
        let tag: String?
    }

    init(text: String) throws(StreamRequestError) {
        guard let body = try? JSONDecoder().decode(Body.self, from: Data(text.utf8)) else { throw .unreadableMessage }
        guard let action = body.type.flatMap(Action.init(rawValue:)) else { throw .unknownMessageType }
        self.action = action
        stream = try LiveStream(name: body.stream, tag: body.tag)
    }
}
