/// One live event in Mastodon's streaming shape: an event name (`update`, `notification`, `delete`,
/// `status.update`, `conversation`, or Treffpunkt's `chat.*`) and its payload, already JSON text.
package struct RealtimeEvent: Sendable, Equatable {
    package let topic: RealtimeTopic
    package let event: String
    package let payload: String
    /// The member whose action caused the event, so a reader's blocks and mutes can hold it back.
    package let actorID: Int64?

    package init(topic: RealtimeTopic, event: String, payload: String, actorID: Int64? = nil) {
        self.topic = topic
        self.event = event
        self.payload = payload
        self.actorID = actorID
    }
}
