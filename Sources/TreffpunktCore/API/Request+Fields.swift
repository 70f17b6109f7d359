import Vapor

extension Request {
    /// The body's fields, form-encoded or JSON as clients choose; a request without a body has no fields,
    /// so a client that forgot them all hears which one is missing (in its language) rather than
    /// "unsupported format" or Vapor's bare "Unprocessable Entity", and one that sends nothing to change
    /// changes nothing, as in Mastodon.
    package func fields<Fields: Decodable>(_ type: Fields.Type, orIfEmpty empty: @autoclosure () -> Fields) throws -> Fields {
        guard let body = body.data, body.readableBytes > 0 else { return empty() }
        return try content.decode(Fields.self)
    }
}
