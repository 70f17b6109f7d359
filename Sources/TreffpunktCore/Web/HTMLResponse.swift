import Plot
import Vapor

extension HTML {
    /// The rendered document as a response, with the charset browsers need for umlauts.
    package func response(status: HTTPResponseStatus = .ok) -> Response {
        Response.html(render(), status: status)
    }
}

extension Response {
    /// HTML as an answer that is never cached: a page, or a piece of one (a post card) that a page's
    /// script puts in place.
    package static func html(_ text: String, status: HTTPResponseStatus = .ok) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: status, headers: headers, body: .init(string: text))
    }
}

extension Request {
    /// Redirect after a successful form post (303, so a reload does not send the form again).
    package func redirect(to url: SiteURL) -> Response {
        redirect(to: url.path, redirectType: .normal)
    }
}
