import Vapor

/// A list that clients send either as one string (items separated by white space, as Mastodon's
/// `redirect_uris` and `scopes` allow) or as an array (`redirect_uris[]=…` in forms, `[…]` in JSON).
struct StringOrList: Decodable, Sendable {
    let values: [String]

    init(from decoder: any Decoder) throws {
        if let single = try? decoder.singleValueContainer().decode(String.self) {
            values = [single]
            return
        }
        var container = try decoder.unkeyedContainer()
        var values: [String] = []
        while !container.isAtEnd {
            values.append(try container.decode(String.self))
        }
        self.values = values
    }
}
