/// How live connections are kept. Operators set them with `REALTIME_HEARTBEAT_SECONDS` and
/// `REALTIME_MAX_QUEUED_EVENTS`; tests shorten the heartbeat.
package struct RealtimeLimits: Sendable, Equatable {
    /// Seconds between WebSocket pings (a client that does not answer one by the next is dropped) and
    /// between the `:thump` comments of server-sent events, which keep proxies from closing idle streams.
    package var heartbeatSeconds: Int
    /// Events one connection may have waiting, in the hub and unsent on the wire, before it is dropped as
    /// a client that stopped reading: memory per connection stays bounded whatever the client does.
    package var maxQueuedEvents: Int

    package init(heartbeatSeconds: Int = 30, maxQueuedEvents: Int = 512) {
        self.heartbeatSeconds = heartbeatSeconds
        self.maxQueuedEvents = maxQueuedEvents
    }
}
