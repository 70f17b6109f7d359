import Fluent
import FluentPostgresDriver
import TreffpunktCore
import Vapor

/// The Realtime feature as the app wires it: Mastodon's streaming API over WebSocket and
/// server-sent events, the web's live connection, and the bridge between server processes.
package enum RealtimeFeature {
    package static var migrations: [any Migration] {
        [CreateRealtimeRelayEvents()]
    }

    package static func install(on app: Application) {
        _ = app.realtime
        app.lifecycle.use(RelayLifecycle())
    }

    /// With PostgreSQL, starts carrying events to and from the other server processes and returns once
    /// this one listens. `serve` calls it (after migrating); tests call it on the apps they run side by side.
    package static func startRelay(on app: Application) async {
        guard case .postgres(let url) = app.config.database, app.realtime.relay == nil else { return }
        do {
            let configuration = try SQLPostgresConfiguration(url: url).coreConfiguration
            let hub = app.realtime
            let relay = PostgresRelay(database: app.db, configuration: configuration, logger: app.logger) { [weak hub] events in
                hub?.deliverLocally(events)
            }
            hub.relay = relay
            await relay.start()
        } catch {
            app.logger.error("realtime relay: \(String(reflecting: error)); events stay in this process")
        }
    }

    /// `web` has sessions and form tokens, `api` is `/api` (tokens apply).
    package static func routes(web: any RoutesBuilder, api: any RoutesBuilder) {
        WebSocketStreamingController().boot(api)
        EventStreamController().boot(api)
    }
}

/// Stops listening to the other processes when the app shuts down.
private struct RelayLifecycle: LifecycleHandler {
    func shutdownAsync(_ application: Application) async {
        (application.realtime.relay as? PostgresRelay)?.stop()
    }
}
