import Testing
import TreffpunktCore

/// The hub on its own: topics reach their listeners only, a listener that falls behind is cut off, and
/// nothing is left behind by a listener that ended.
@Suite struct RealtimeHubTests {
    @Test func eventsReachOnlyListenersOfTheirTopic() async {
        let hub = RealtimeHub()
        let anna = hub.subscribe(to: [.user(1), .publicTimeline])
        let ben = hub.subscribe(to: [.user(2)])
        await hub.publish([.test(.user(2), payload: "für ben"), .test(.user(1), payload: "für anna")])
        ben.finish()
        anna.finish()
        var received: [String] = []
        for await event in anna.events { received.append(event.payload) }
        #expect(received == ["für anna"])
        #expect(hub.listenerCount == 0)
    }

    @Test func aListenerThatFallsBehindIsCutOffAndForgotten() async {
        let hub = RealtimeHub()
        let slow = hub.subscribe(to: [.publicTimeline], bufferLimit: 4)
        await hub.publish(Array(repeating: .test(.publicTimeline), count: 10))
        #expect(slow.overflowed)
        #expect(slow.isFinished)
        #expect(hub.listenerCount == 0)
        var kept = 0
        for await _ in slow.events { kept += 1 }
        #expect(kept == 4)
    }

    /// A `subscribe` message that arrives after its connection ended must not bring the listener back.
    @Test func anEndedListenerTakesNoNewTopics() {
        let hub = RealtimeHub()
        let gone = hub.subscribe(to: [.user(1)])
        gone.finish()
        hub.update(gone, to: [.user(1), .hashtag("spät")])
        #expect(hub.listenerCount == 0)
        #expect(hub.listenerCount(for: .hashtag("spät")) == 0)
    }
}
