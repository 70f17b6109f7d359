import Foundation

extension MediaFormat {
    /// The format the file's first bytes (its magic number) show, or nil when it is none of ours.
    ///
    /// The declared Content-Type and the file name are the sender's claim; only this decides which
    /// decoder sees the bytes.
    package static func detect(fileAt url: URL) throws -> MediaFormat? {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        let head = try handle.read(upToCount: 16) ?? Data()
        return detect(head: [UInt8](head))
    }

    static func detect(head: [UInt8]) -> MediaFormat? {
        func matches(_ bytes: [UInt8], at offset: Int = 0) -> Bool {
            head.count >= offset + bytes.count && Array(head[offset ..< offset + bytes.count]) == bytes
        }
        if matches([0xFF, 0xD8, 0xFF]) { return .jpeg }
        if matches([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if matches(Array("GIF87a".utf8)) || matches(Array("GIF89a".utf8)) { return .gif }
        if matches(Array("RIFF".utf8)) && matches(Array("WEBP".utf8), at: 8) { return .webp }
        if matches([0x1A, 0x45, 0xDF, 0xA3]) { return .webm }
        if matches(Array("ftyp".utf8), at: 4), head.count >= 12 {
            return isoMediaFormat(brand: String(decoding: head[8 ..< 12], as: UTF8.self))
        }
        return nil
    }

    /// MP4 and QuickTime share the ISO box layout; the major brand tells them apart. HEIF/AVIF
    /// photos and audio-only files use the same layout and are not videos.
    private static func isoMediaFormat(brand: String) -> MediaFormat? {
        let notVideo: Set = ["heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1", "avif", "avis", "M4A ", "M4B "]
        if notVideo.contains(brand) { return nil }
        return brand == "qt  " ? .mov : .mp4
    }
}
