import Plot
import Vapor

extension HTML {
    /// The rendered document as a response, with the charset browsers need for umlauts.
    package func response(status: HTTPResponseStatus = .ok) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: status, headers: headers, body: .init(string: render()))
    }
}

extension Request {
    /// Redirect after a successful form post (303, so a reload does not send the form again).
    package func redirect(to url: SiteURL) -> Response {
        redirect(to: url.path, redirectType: .normal)
    }
}
