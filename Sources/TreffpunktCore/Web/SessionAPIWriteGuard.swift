import Vapor

/// The JSON API takes the browser's session as well as bearer tokens (the web's live client and chat use
/// it). A cookie travels with every request to this host, even one a sibling site makes the browser send
/// (SameSite=Lax stops only other sites), so a write signed in by the session must come from our own
/// pages: same origin by `Origin`/`Sec-Fetch-Site`, or carrying the session's form token in `X-CSRF-Token`.
/// Runs before the route reads the body. Bearer callers are not affected: a page cannot set their header.
package struct SessionAPIWriteGuard: AsyncMiddleware {
    package init() {}

    package func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard [.POST, .PUT, .PATCH, .DELETE].contains(request.method),
              let viewer = request.viewer, viewer.tokenScopes == nil else {
            return try await next.respond(to: request)
        }
        if request.isSameOrigin(absentCounts: false) || request.isSessionCSRFToken(request.headers.first(name: "X-CSRF-Token")) {
            return try await next.respond(to: request)
        }
        throw Abort(.forbidden, reason: CoreText.crossSiteRejected(request.language))
    }
}
