import Testing
@testable import TreffpunktCore

@Suite struct RealtimeHubTests {
    @Test func eventsReachOnlyListenersOfTheirTopic() async {
        let hub = RealtimeHub()
        let anna = hub.subscribe(to: [.user(1)])
        let ben = hub.subscribe(to: [.user(2)])
        await hub.publish([RealtimeEvent(topic: .user(1), event: "update", payload: "{}")])
        hub.update(ben, to: [])
        hub.update(anna, to: [])
        var annaEvents: [String] = []
        var iterator = anna.events.makeAsyncIterator()
        if let event = await iterator.next() { annaEvents.append(event.event) }
        #expect(annaEvents == ["update"])
    }
}
