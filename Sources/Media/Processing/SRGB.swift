import Foundation

/// The sRGB transfer function: averaging and blurring are done in linear light, where they match
/// what the eye sees, and stored values are sRGB bytes.
enum SRGB {
    static func linear(_ byte: UInt8) -> Double {
        let value = Double(byte) / 255
        return value <= 0.04045 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
    }

    static func byte(fromLinear linear: Double) -> Int {
        let value = min(max(linear, 0), 1)
        let encoded = value <= 0.003_130_8 ? value * 12.92 : 1.055 * pow(value, 1 / 2.4) - 0.055
        return Int(encoded * 255 + 0.5)
    }
}
