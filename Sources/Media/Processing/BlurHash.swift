import Foundation

/// BlurHash (blurha.sh): a short string from which a client paints a blurred preview of a picture
/// while the picture loads.
///
/// The picture is described by the first cosine components of its colours in linear light: the
/// average colour (DC) and a few waves across and down (AC), quantised and written in base 83.
enum BlurHash {
    static func encode(_ pixels: RGBPixels, componentsX: Int = 4, componentsY: Int = 3) -> String {
        precondition((1 ... 9).contains(componentsX) && (1 ... 9).contains(componentsY))
        let linear = pixels.bytes.map(SRGB.linear)
        var components: [[Double]] = []
        for j in 0 ..< componentsY {
            for i in 0 ..< componentsX {
                components.append(component(i, j, of: linear, width: pixels.width, height: pixels.height))
            }
        }
        let dc = components[0]
        let ac = components.dropFirst()

        var hash = Base83.encode((componentsX - 1) + (componentsY - 1) * 9, length: 1)
        let maximum: Double
        if let largest = ac.flatMap({ $0 }).map(abs).max() {
            let quantisedMaximum = Int(max(0, min(82, (largest * 166 - 0.5).rounded(.down))))
            maximum = Double(quantisedMaximum + 1) / 166
            hash += Base83.encode(quantisedMaximum, length: 1)
        } else {
            maximum = 1
            hash += Base83.encode(0, length: 1)
        }
        let dcValue = dc.map { SRGB.byte(fromLinear: $0) }.reduce(0) { $0 << 8 | $1 }
        hash += Base83.encode(dcValue, length: 4)
        for component in ac {
            let value = component.map { quantise($0 / maximum) }.reduce(0) { $0 * 19 + $1 }
            hash += Base83.encode(value, length: 2)
        }
        return hash
    }

    /// The weight of the wave with `i` half-periods across and `j` down, per colour channel.
    private static func component(_ i: Int, _ j: Int, of linear: [Double], width: Int, height: Int) -> [Double] {
        var sum = [0.0, 0.0, 0.0]
        for y in 0 ..< height {
            let vertical = cos(Double.pi * Double(j) * Double(y) / Double(height))
            for x in 0 ..< width {
                let basis = cos(Double.pi * Double(i) * Double(x) / Double(width)) * vertical
                let pixel = (y * width + x) * 3
                for channel in 0 ..< 3 {
                    sum[channel] += basis * linear[pixel + channel]
                }
            }
        }
        let normalisation = (i == 0 && j == 0 ? 1.0 : 2.0) / Double(width * height)
        return sum.map { $0 * normalisation }
    }

    /// An AC value in -1…1 as one of 19 steps, spaced by square root so small values keep detail.
    private static func quantise(_ value: Double) -> Int {
        let signedRoot = value < 0 ? -(-value).squareRoot() : value.squareRoot()
        return Int(max(0, min(18, (signedRoot * 9 + 9.5).rounded(.down))))
    }
}
