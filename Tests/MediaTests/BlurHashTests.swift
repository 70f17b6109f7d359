import Foundation
@testable import Media
import Testing

@Suite("BlurHash")
struct BlurHashTests {
    private func solid(_ rgb: [UInt8], width: Int = 8, height: Int = 6) -> RGBPixels {
        RGBPixels(width: width, height: height, bytes: Array([[UInt8]](repeating: rgb, count: width * height).joined()))
    }

    private func picture(width: Int, height: Int, _ colour: (Int, Int) -> [Int]) -> RGBPixels {
        var bytes: [UInt8] = []
        for y in 0 ..< height {
            for x in 0 ..< width {
                bytes += colour(x, y).map(UInt8.init)
            }
        }
        return RGBPixels(width: width, height: height, bytes: bytes)
    }

    // The expected hashes were computed with the Python port of the reference encoder
    // (PyPI `blurhash` 1.1.5), 4×3 components.
    @Test("matches the reference encoder", arguments: [
        ("black", "L00000fQfQfQfQfQfQfQfQfQfQfQ"),
        ("red", "LsTI:j]9fQ]9|csUfQsUfQfQfQfQ"),
        ("black left, white right", "L~Lqe900D%?b-;IURjxufQfQfQfQ"),
        ("gradient", "L=EMSAGKSRxwvaR=b0nnetf9fRf8"),
    ])
    func referenceHashes(name: String, expected: String) {
        let pixels = switch name {
        case "black": solid([0, 0, 0])
        case "red": solid([255, 0, 0])
        case "black left, white right": picture(width: 8, height: 4) { x, _ in x < 4 ? [0, 0, 0] : [255, 255, 255] }
        default: picture(width: 6, height: 5) { x, y in [x * 40, y * 50, 255 - x * 20 - y * 10] }
        }
        #expect(BlurHash.encode(pixels) == expected)
    }

    @Test("28 characters for 4×3 components, and the DC part is the colour of a solid picture")
    func dcIsTheColour() {
        let hash = BlurHash.encode(solid([30, 120, 200]))
        #expect(hash.count == 28)
        #expect(Base83.decode(hash, from: 2, length: 4) == 30 << 16 | 120 << 8 | 200)
    }

    @Test("the average colour is taken in linear light")
    func averageColour() {
        let blackAndWhite = RGBPixels(width: 2, height: 1, bytes: [0, 0, 0, 255, 255, 255])
        #expect(blackAndWhite.averageColorHex == "#bcbcbc")
        #expect(solid([30, 120, 200]).averageColorHex == "#1e78c8")
    }

    @Test("transparent samples are laid on white, grey samples become RGB")
    func rawSamples() throws {
        let rgba = try RGBPixels(raw: Data([255, 0, 0, 0, 255, 0, 0, 255]), width: 2, height: 1, bands: 4)
        #expect(rgba.bytes == [255, 255, 255, 255, 0, 0])
        let grey = try RGBPixels(raw: Data([7]), width: 1, height: 1, bands: 1)
        #expect(grey.bytes == [7, 7, 7])
        #expect(throws: MediaProcessingError.self) {
            try RGBPixels(raw: Data([1, 2]), width: 1, height: 1, bands: 3)
        }
    }
}
