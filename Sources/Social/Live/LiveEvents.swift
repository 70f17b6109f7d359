import Fluent
import TreffpunktCore
import Vapor

/// Social's way from any database handle to the application's realtime hub. The services that write
/// posts and notifications are built in many places — other features, background jobs — with only a
/// database; instead of each of them passing the hub along, it travels in the database configuration,
/// as a model middleware that lets every model event pass unchanged.
final class LiveEvents: AnyModelMiddleware {
    /// Weak: the application holds its database configuration, and with it this.
    weak let application: Application?

    init(_ application: Application) {
        self.application = application
    }

    func handle(_ event: ModelEvent, _ model: any AnyModel, on db: any Database,
                chainingTo next: any AnyModelResponder) -> EventLoopFuture<Void> {
        next.handle(event, model, on: db)
    }

    static func install(on app: Application) {
        app.databases.middleware.use(LiveEvents(app))
    }
}

extension Database {
    /// Publishes what was written on this database to live listeners; `nil` when nobody listens
    /// (the application is gone). Call it only after the transaction committed.
    var live: LiveBroadcast? {
        guard let events = context.configuration.middleware.lazy.compactMap({ $0 as? LiveEvents }).first,
              let application = events.application else { return nil }
        return LiveBroadcast(application: application, database: self)
    }
}
