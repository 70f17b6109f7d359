import Vapor

/// Guards the company's inside — the org chart, the directory, spaces, forums and wikis: a signed-in guest gets
/// 404, as if the page did not exist, so guessing an address tells nothing. Visitors go on to the route,
/// which asks them to log in as before. Reads the viewer that is loaded afresh for every request.
package struct EmployeesOnly: AsyncMiddleware {
    package init() {}

    package func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let viewer = request.viewer, !viewer.isEmployee {
            throw UserFacingError.notFound()
        }
        return try await next.respond(to: request)
    }
}
