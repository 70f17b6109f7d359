import Plot
import Vapor

/// Turns every error into a friendly answer in the visitor's language: an HTML page for browsers,
/// `{"error": "…"}` for the JSON API (Mastodon's error shape), and a login redirect for pages that need one.
/// Unexpected errors are logged and answered with 500 without internals.
package struct ErrorPageMiddleware: AsyncMiddleware {
    /// True for the safety net that stands before the sessions middleware. It must not touch the session:
    /// a debug build stops when a session is read that no middleware set up, which `GET /%2e%2e/` (refused
    /// by the file middleware) did, taking the whole server down. It answers in the browser's language.
    private let outsideSessions: Bool

    package init(outsideSessions: Bool = false) {
        self.outsideSessions = outsideSessions
    }

    package func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            return await response(for: error, to: request)
        }
    }

    /// A `multipart/form-data` body that does not follow its own boundaries. MultipartKit's parser
    /// throws a private error type, so it is told by its module; decoding a body of any route can throw it.
    private static func isMultipartSyntaxError(_ error: any Error) -> Bool {
        String(reflecting: type(of: error)).hasPrefix("MultipartKit.")
    }

    private func response(for error: any Error, to request: Request) async -> Response {
        let language = outsideSessions ? request.browserLanguage : request.language
        let status: HTTPResponseStatus
        var message: String?
        var headers = HTTPHeaders()
        switch error {
        case let decoding as DecodingError:
            status = .badRequest
            message = "\(CoreText.invalidBody(language)): \(decoding.reason)"
        case _ where Self.isMultipartSyntaxError(error):
            status = .badRequest
            message = CoreText.invalidMultipart(language)
        case let userFacing as UserFacingError:
            status = userFacing.status
            message = userFacing.message(language)
        case let abort as any AbortError:
            status = abort.status
            headers = abort.headers
            if status == .unsupportedMediaType {
                message = CoreText.unsupportedMediaType(language)
            } else if status == .payloadTooLarge {
                message = CoreText.payloadTooLarge(language)
            } else if abort.reason != status.reasonPhrase, !abort.reason.isEmpty {
                message = abort.reason
            }
        default:
            status = .internalServerError
        }
        if status.code >= 500 {
            request.logger.report(error: error)
            message = nil
        }

        if request.wantsJSON {
            let text = message ?? status.reasonPhrase
            let response = Response(status: status, headers: headers)
            try? response.content.encode(APIErrorBody(error: text), as: .json)
            response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
            return response
        }
        if status == .unauthorized {
            if !outsideSessions, request.method == .GET || request.method == .HEAD {
                request.flashIfPossible(.info, CoreText.loginRequired)
            }
            let next = request.url.path + (request.url.query.map { "?\($0)" } ?? "")
            var login = URLComponents()
            login.path = SiteURL.login.path
            login.queryItems = [URLQueryItem(name: "next", value: next)]
            return request.redirect(to: login.string ?? SiteURL.login.path, redirectType: .normal)
        }
        let context = outsideSessions
            ? request.sessionFreePageContext(language: language)
            : ((try? await request.pageContext()) ?? request.minimalPageContext())
        let page = ErrorPage.render(status: status, message: message, context: context)
        let response = page.response(status: status)
        for (name, value) in headers where name.lowercased() == "retry-after" {
            response.headers.replaceOrAdd(name: name, value: value)
        }
        return response
    }
}

/// The JSON error body of the API, as Mastodon answers errors.
package struct APIErrorBody: Content {
    package let error: String
}

extension Request {
    /// API, OAuth and discovery paths answer in JSON; so does any client that asks only for JSON.
    package var wantsJSON: Bool {
        let path = url.path
        if path.hasPrefix("/api/") || path.hasPrefix("/oauth/") || path.hasPrefix("/.well-known/") || path.hasPrefix("/nodeinfo/") {
            return true
        }
        let accept = headers.first(name: .accept) ?? ""
        return accept.contains("application/json") && !accept.contains("text/html")
    }

    fileprivate func flashIfPossible(_ kind: FlashMessage.Kind, _ text: LocalizedText) {
        flash(kind, text)
    }

    /// A page context that needs no database, for error pages when the database itself failed.
    fileprivate func minimalPageContext() -> PageContext {
        PageContext(language: language, viewer: viewer, csrfToken: csrfToken(), flashes: [],
                    instanceName: config.instanceName, organisationName: nil, currentPath: url.path)
    }

    /// A page context that needs no session either, for failures before the sessions middleware ran.
    fileprivate func sessionFreePageContext(language: AppLanguage) -> PageContext {
        PageContext(language: language, viewer: nil, csrfToken: "", flashes: [],
                    instanceName: config.instanceName, organisationName: nil, currentPath: url.path)
    }
}
