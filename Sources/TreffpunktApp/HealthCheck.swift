import Vapor

/// `GET /health`: answers without touching the database, for load balancers and as the ceiling
/// that benchmarks measure real pages against.
enum HealthCheck {
    struct Status: Content {
        let status: String
    }

    static func boot(_ routes: any RoutesBuilder) {
        routes.get("health") { _ in Status(status: "ok") }
    }
}
