import Foundation

/// Removes EXIF, XMP and ICC chunks from a WebP file.
///
/// libvips 8.14 ignores the `strip` save option for WebP and copies the original's EXIF (GPS
/// position included) into the output (libvips issue 3340), so the container is cleaned here.
/// The pixels are already sRGB, which is what browsers assume without a profile.
enum WebPMetadata {
    private static let metadataChunks: Set = ["EXIF", "XMP ", "ICCP"]
    /// VP8X feature flags announcing an ICC profile (0x20), EXIF (0x08) and XMP (0x04).
    private static let metadataFlags: UInt8 = 0x20 | 0x08 | 0x04

    static func strip(fileAt url: URL) throws {
        try removeAll(from: Data(contentsOf: url)).write(to: url)
    }

    static func removeAll(from webP: Data) throws -> Data {
        let bytes = [UInt8](webP)
        guard bytes.count >= 12, String(decoding: bytes[0 ..< 4], as: UTF8.self) == "RIFF",
              String(decoding: bytes[8 ..< 12], as: UTF8.self) == "WEBP"
        else { throw MediaProcessingError.toolFailed("vips wrote no WebP container") }

        var chunks: [UInt8] = []
        var offset = 12
        while offset + 8 <= bytes.count {
            let fourCC = String(decoding: bytes[offset ..< offset + 4], as: UTF8.self)
            let size = Int(littleEndian: bytes, at: offset + 4)
            let end = offset + 8 + size + size % 2
            guard end <= bytes.count else {
                throw MediaProcessingError.toolFailed("vips wrote a WebP chunk past the file's end")
            }
            if !metadataChunks.contains(fourCC) {
                var chunk = Array(bytes[offset ..< end])
                if fourCC == "VP8X", chunk.count > 8 {
                    chunk[8] &= ~metadataFlags
                }
                chunks += chunk
            }
            offset = end
        }
        return Data(Array("RIFF".utf8) + UInt32(4 + chunks.count).littleEndianBytes + Array("WEBP".utf8) + chunks)
    }
}

private extension Int {
    init(littleEndian bytes: [UInt8], at offset: Int) {
        self = (0 ..< 4).reduce(0) { value, index in value | Int(bytes[offset + index]) << (8 * index) }
    }
}

private extension UInt32 {
    var littleEndianBytes: [UInt8] {
        (0 ..< 4).map { UInt8(truncatingIfNeeded: self >> (8 * $0)) }
    }
}
