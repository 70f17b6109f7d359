import Foundation

/// A small 8-bit sRGB picture: red, green and blue bytes per pixel, row by row.
struct RGBPixels: Equatable {
    let width: Int
    let height: Int
    let bytes: [UInt8]

    init(width: Int, height: Int, bytes: [UInt8]) {
        precondition(bytes.count == width * height * 3, "three bytes per pixel")
        self.width = width
        self.height = height
        self.bytes = bytes
    }

    /// Reads raw 8-bit samples as libvips' `rawsave` writes them: one to four bands (grey, grey
    /// with alpha, RGB, RGB with alpha). Transparent parts are laid on white, as pages show them.
    init(raw: Data, width: Int, height: Int, bands: Int) throws {
        guard (1 ... 4).contains(bands), raw.count == width * height * bands else {
            throw MediaProcessingError.toolFailed("raw sample of \(raw.count) bytes is not \(width)×\(height)×\(bands)")
        }
        let samples = [UInt8](raw)
        let hasAlpha = bands == 2 || bands == 4
        let colourBands = hasAlpha ? bands - 1 : bands
        var rgb: [UInt8] = []
        rgb.reserveCapacity(width * height * 3)
        for pixel in stride(from: 0, to: samples.count, by: bands) {
            let alpha = hasAlpha ? Int(samples[pixel + bands - 1]) : 255
            for channel in 0 ..< 3 {
                let value = Int(samples[pixel + min(channel, colourBands - 1)])
                rgb.append(UInt8((value * alpha + 255 * (255 - alpha) + 127) / 255))
            }
        }
        self.init(width: width, height: height, bytes: rgb)
    }

    /// The mean colour in linear light, as `#rrggbb`.
    var averageColorHex: String {
        var sums = [0.0, 0.0, 0.0]
        for (index, byte) in bytes.enumerated() {
            sums[index % 3] += SRGB.linear(byte)
        }
        let count = Double(width * height)
        return "#" + sums.map { String(format: "%02x", SRGB.byte(fromLinear: $0 / count)) }.joined()
    }
}
