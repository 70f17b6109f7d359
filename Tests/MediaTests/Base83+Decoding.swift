@testable import Media

extension Base83 {
    /// Reads `length` digits of `text` starting at `offset`: the inverse of `encode`, for checking hashes.
    static func decode(_ text: String, from offset: Int, length: Int) -> Int {
        Array(text)[offset ..< offset + length].reduce(0) { value, digit in
            value * 83 + digits.firstIndex(of: digit)!
        }
    }
}
