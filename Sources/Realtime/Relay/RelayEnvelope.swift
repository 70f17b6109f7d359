import Foundation
import TreffpunktCore

/// What one server process tells the others about published events, as the text of a PostgreSQL
/// notification: the events themselves, or, when they are too large for one, the row that holds them.
struct RelayEnvelope: Codable, Sendable {
    /// Where large events wait; see `CreateRealtimeRelayEvents`.
    static let largeEventsTable = "realtime_relay_events"

    struct Event: Codable, Sendable {
        let topic: String
        let event: String
        let payload: String
        let actor: Int64?
    }

    /// The process that published; it ignores its own notifications.
    let origin: String
    var events: [Event]?
    /// The row of `largeEventsTable` holding the events.
    var ref: Int64?

    init(origin: String, events: [RealtimeEvent]) {
        self.origin = origin
        self.events = events.map { Event(topic: $0.topic.key, event: $0.event, payload: $0.payload, actor: $0.actorID) }
    }

    init(origin: String, ref: Int64) {
        self.origin = origin
        self.ref = ref
    }

    /// The events again, leaving out topics this version does not know.
    var realtimeEvents: [RealtimeEvent] {
        (events ?? []).compactMap { event in
            RealtimeTopic(key: event.topic).map { RealtimeEvent(topic: $0, event: event.event, payload: event.payload, actorID: event.actor) }
        }
    }

    func encoded() throws -> String {
        String(decoding: try JSONEncoder().encode(self), as: UTF8.self)
    }

    static func decode(_ text: String) throws -> RelayEnvelope {
        try JSONDecoder().decode(RelayEnvelope.self, from: Data(text.utf8))
    }
}
