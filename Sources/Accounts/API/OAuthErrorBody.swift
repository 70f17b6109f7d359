import TreffpunktCore
import Vapor

/// Mastodon's `Error` as the OAuth endpoints write it: the OAuth code and a sentence for people.
struct OAuthErrorBody: Content {
    let error: String
    let error_description: String
}

extension OAuthError {
    /// The answer to the client; never cached, as RFC 6749 asks of everything the token endpoint says.
    func response(in language: AppLanguage) -> Response {
        let response = Response(status: status)
        try? response.content.encode(OAuthErrorBody(error: code.rawValue, error_description: description(language)), as: .json)
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        if let retryAfter {
            response.headers.replaceOrAdd(name: .retryAfter, value: String(retryAfter))
        }
        return response
    }
}
