/// The digit alphabet of BlurHash: 83 characters that are safe in URLs, JSON and HTML attributes.
enum Base83 {
    static let digits = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz#$%*+,-.:;=?@[]^_{|}~")

    /// `value` written with exactly `length` digits, most significant first.
    static func encode(_ value: Int, length: Int) -> String {
        var remaining = value
        var characters = [Character](repeating: "0", count: length)
        for position in (0 ..< length).reversed() {
            characters[position] = digits[remaining % 83]
            remaining /= 83
        }
        return String(characters)
    }
}
