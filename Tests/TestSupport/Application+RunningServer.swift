import Vapor

extension Application {
    /// Serves the app over real HTTP on a free port of 127.0.0.1 while `body` runs, with the address as
    /// its argument. The in-memory tester hands the body over whole, so limits on the wire (such as the
    /// largest body) are only seen this way.
    package func withRunningServer<T>(_ body: (String) async throws -> T) async throws -> T {
        try await server.start(address: .hostname("127.0.0.1", port: 0))
        do {
            guard let port = http.server.shared.localAddress?.port else {
                throw Abort(.internalServerError, reason: "the test server has no port")
            }
            let result = try await body("http://127.0.0.1:\(port)")
            await server.shutdown()
            return result
        } catch {
            await server.shutdown()
            throw error
        }
    }

    /// One request over the wire (see `withRunningServer`).
    package func send(_ method: HTTPMethod, _ url: String, headers: HTTPHeaders = [:], body: String? = nil) async throws -> ClientResponse {
        try await client.send(method, headers: headers, to: URI(string: url)) { request in
            if let body { request.body = ByteBuffer(string: body) }
        }
    }
}
