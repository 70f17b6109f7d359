import Foundation
import Vapor

/// `GET /api/openapi.json`: the OpenAPI 3.1 description of the whole JSON API, written by hand in
/// `Resources/openapi.json`. It lives in the app, not in a feature, because it describes every
/// feature's endpoints; `OpenAPIContractTests` keeps it and the routes in step.
enum OpenAPIDocument {
    static func boot(_ routes: any RoutesBuilder) throws {
        // Read once at start-up, so a missing resource stops the server there, not a client later.
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "json") else {
            throw Abort(.internalServerError, reason: "openapi.json is missing from the app's resources")
        }
        let document = ByteBuffer(data: try Data(contentsOf: url))
        routes.get("api", "openapi.json") { _ in
            var headers = HTTPHeaders()
            headers.contentType = .json
            return Response(status: .ok, headers: headers, body: .init(buffer: document))
        }
    }
}
