/// How large uploads may be. Operators set them with `MEDIA_MAX_IMAGE_MB`, `MEDIA_MAX_VIDEO_MB` and
/// `MEDIA_MAX_IMAGE_PIXELS`; the pixel limit stops decompression bombs (a few kilobytes of PNG that
/// would unpack to gigabytes) before anything is decoded.
package struct MediaLimits: Sendable, Equatable {
    package var maxImageBytes: Int
    package var maxVideoBytes: Int
    package var maxImagePixels: Int

    package init(maxImageBytes: Int = 16 << 20, maxVideoBytes: Int = 200 << 20, maxImagePixels: Int = 50_000_000) {
        self.maxImageBytes = maxImageBytes
        self.maxVideoBytes = maxVideoBytes
        self.maxImagePixels = maxImagePixels
    }

    /// No upload, of whatever kind, may be larger than this.
    package var maxUploadBytes: Int { max(maxImageBytes, maxVideoBytes) }
}
