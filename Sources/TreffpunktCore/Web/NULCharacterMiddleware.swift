import Vapor

/// Refuses a NUL character (`\0`) wherever a request carries text: in the path (not found), in the
/// query string or in a JSON or form body (400). No text in Treffpunkt may contain one: PostgreSQL
/// cannot store it (it answered 500 to every such request the fuzzer sent), and feeds and pages
/// would pass it on. Other bodies (file uploads) may hold any byte and are left alone.
package struct NULCharacterMiddleware: AsyncMiddleware {
    package init() {}

    package func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if Self.hasPercentEncodedNUL(request.url.path) {
            throw UserFacingError.notFound()
        }
        if let query = request.url.query, Self.hasPercentEncodedNUL(query) {
            throw UserFacingError(.badRequest, CoreText.nulCharacter)
        }
        if let type = request.headers.contentType, type == .json || type == .urlEncodedForm,
           let body = try await request.body.collect(max: request.application.routes.defaultMaxBodySize.value).get() {
            let bytes = Array(body.readableBytesView)
            if type == .json ? Self.hasNUL(json: bytes) : Self.hasPercentEncodedNUL(bytes) {
                throw UserFacingError(.badRequest, CoreText.nulCharacter)
            }
        }
        return try await next.respond(to: request)
    }

    /// `%00`, or the byte itself. A `%` that stands for itself is written `%25`, so `%00` is always a NUL.
    static func hasPercentEncodedNUL(_ text: String) -> Bool {
        hasPercentEncodedNUL(Array(text.utf8))
    }

    static func hasPercentEncodedNUL(_ bytes: [UInt8]) -> Bool {
        if bytes.contains(0) { return true }
        return bytes.indices.dropLast(2).contains { bytes[$0] == UInt8(ascii: "%") && bytes[$0 + 1] == UInt8(ascii: "0") && bytes[$0 + 2] == UInt8(ascii: "0") }
    }

    /// The escape `\u0000` (but not `\\u0000`, an escaped backslash before the letters), or the byte itself.
    static func hasNUL(json bytes: [UInt8]) -> Bool {
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case 0:
                return true
            case UInt8(ascii: "\\"):
                if bytes[(index + 1)...].starts(with: Array("u0000".utf8)) { return true }
                index += 2
            default:
                index += 1
            }
        }
        return false
    }
}
