import TreffpunktCore
import Vapor

/// `GET /health`: answers without touching the database, for load balancers and as the ceiling
/// that benchmarks measure real pages against. It also tells how many live connections listen to this
/// process's realtime hub, so the realtime benchmark can see that closed sockets leave none behind.
enum HealthCheck {
    struct Status: Content {
        let status: String
        let realtimeListeners: Int

        enum CodingKeys: String, CodingKey {
            case status
            case realtimeListeners = "realtime_listeners"
        }
    }

    static func boot(_ routes: any RoutesBuilder) {
        routes.get("health") { req in Status(status: "ok", realtimeListeners: req.realtime.listenerCount) }
    }
}
