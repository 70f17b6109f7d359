import Vapor

extension Application {
    private struct RealtimeHubKey: StorageKey {
        typealias Value = RealtimeHub
    }

    /// The process's one realtime hub; features publish to it, the streaming endpoints listen to it.
    package var realtime: RealtimeHub {
        if let hub = storage[RealtimeHubKey.self] { return hub }
        let hub = RealtimeHub()
        storage[RealtimeHubKey.self] = hub
        return hub
    }
}

extension Request {
    package var realtime: RealtimeHub { application.realtime }
}
