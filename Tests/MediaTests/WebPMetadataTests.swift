import Foundation
@testable import Media
import Testing

@Suite("WebP metadata removal")
struct WebPMetadataTests {
    private func chunk(_ fourCC: String, _ payload: [UInt8]) -> [UInt8] {
        let size = UInt32(payload.count)
        return Array(fourCC.utf8) + (0 ..< 4).map { UInt8(truncatingIfNeeded: size >> (8 * $0)) }
            + payload + (payload.count % 2 == 1 ? [0] : [])
    }

    private func container(_ chunks: [[UInt8]]) -> Data {
        let body = Array("WEBP".utf8) + chunks.joined()
        let size = UInt32(body.count)
        return Data(Array("RIFF".utf8) + (0 ..< 4).map { UInt8(truncatingIfNeeded: size >> (8 * $0)) } + body)
    }

    @Test("EXIF, XMP and ICC chunks go, their VP8X flags are cleared, the RIFF size fits again")
    func removesMetadataChunks() throws {
        let header = chunk("VP8X", [0x20 | 0x10 | 0x08 | 0x04, 0, 0, 0, 7, 0, 0, 5, 0, 0])
        let picture = chunk("VP8L", [1, 2, 3])
        let original = container([
            header, chunk("ICCP", [9, 9]), chunk("ALPH", [4]), picture, chunk("EXIF", [1, 2, 3, 4]), chunk("XMP ", [5]),
        ])

        let stripped = try WebPMetadata.removeAll(from: original)

        let cleanHeader = chunk("VP8X", [0x10, 0, 0, 0, 7, 0, 0, 5, 0, 0])
        #expect(stripped == container([cleanHeader, chunk("ALPH", [4]), picture]))
    }

    @Test("anything but a WebP container is refused")
    func refusesOtherFiles() {
        #expect(throws: MediaProcessingError.self) {
            try WebPMetadata.removeAll(from: Data("GIF89a and more".utf8))
        }
    }
}
