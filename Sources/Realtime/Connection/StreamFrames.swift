import Foundation
import TreffpunktCore

/// The text of what goes over the wire, in Mastodon's shapes.
enum StreamFrames {
    /// A WebSocket event: `{"stream":["user"],"event":"update","payload":"<JSON text>"}`.
    static func webSocket(_ event: RealtimeEvent, on stream: LiveStream) -> String {
        #"{"stream":\#(json(stream.wireName)),"event":\#(json(event.event)),"payload":\#(json(event.payload))}"#
    }

    /// A server-sent event: `event: update` and the payload on `data:` lines, then a blank line.
    static func serverSent(_ event: RealtimeEvent) -> String {
        let data = event.payload.split(separator: "\n", omittingEmptySubsequences: false).map { "data: \($0)\n" }.joined()
        return "event: \(event.event)\n\(data)\n"
    }

    /// An error told over a WebSocket, which stays open: `{"error":"Unknown stream type","status":400}`.
    static func error(_ error: StreamRequestError, language: AppLanguage) -> String {
        #"{"error":\#(json(error.message(language))),"status":\#(error.status.code)}"#
    }

    /// The first line of a server-sent-events stream (a comment, as Mastodon sends): the client knows it is listening.
    static let serverSentOpening = ":)\n"
    /// The server-sent-events heartbeat, a comment clients ignore.
    static let serverSentHeartbeat = ":thump\n"

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        return encoder
    }()

    private static func json(_ value: some Encodable) -> String {
        (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
    }
}
