import Foundation

/// Query strings built by hand, because `URLComponents` leaves `+` unescaped in values and form decoding
/// reads it back as a space: `scope=read+write` or a `state` would not survive the round trip.
enum QueryString {
    /// `name=value&…`; absent values are left out.
    static func build(_ parameters: KeyValuePairs<String, String?>) -> String {
        parameters.compactMap { name, value in value.map { "\(name)=\(encode($0))" } }.joined(separator: "&")
    }

    /// Percent-encodes everything but RFC 3986's unreserved characters.
    static func encode(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: unreserved) ?? value
    }

    private static let unreserved: CharacterSet = {
        var allowed = CharacterSet()
        allowed.insert(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")
        return allowed
    }()
}
