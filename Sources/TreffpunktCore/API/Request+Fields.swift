import Vapor

extension Request {
    /// The body's fields, form-encoded or JSON as clients choose; a request without a body has no fields,
    /// so a client that forgot them all hears which one is missing rather than "unsupported format".
    func fields<Fields: Decodable>(_ type: Fields.Type, orIfEmpty empty: @autoclosure () -> Fields) throws -> Fields {
        guard let body = body.data, body.readableBytes > 0 else { return empty() }
        return try content.decode(Fields.self)
    }
}
