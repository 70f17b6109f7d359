import TreffpunktCore

extension RealtimeHub {
    /// What reaches `topics` while `action` runs, in order. Writers publish before the request that
    /// caused the events answers, so a marker published after the action closes the recording.
    package func recording(_ topics: Set<RealtimeTopic>, during action: () async throws -> Void) async throws -> [RealtimeEvent] {
        let marker = RealtimeTopic.chat(Int64.random(in: Int64.min ..< -1))
        let subscription = subscribe(to: topics.union([marker]))
        defer { update(subscription, to: []) }
        try await action()
        await publish([RealtimeEvent(topic: marker, event: "end of recording", payload: "")])
        var recorded: [RealtimeEvent] = []
        for await event in subscription.events {
            if event.topic == marker { break }
            recorded.append(event)
        }
        return recorded
    }
}
