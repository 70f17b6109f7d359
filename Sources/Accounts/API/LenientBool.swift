import Vapor

/// A yes/no field as clients send it: JSON `true`, or `"1"`, `"true"`, `"on"` in forms (Rails' idea of acceptance).
struct LenientBool: Decodable, Sendable {
    let value: Bool

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let flag = try? container.decode(Bool.self) {
            value = flag
        } else if let number = try? container.decode(Int.self) {
            value = number == 1
        } else {
            let text = try container.decode(String.self).lowercased()
            value = ["1", "true", "on", "yes"].contains(text)
        }
    }
}
