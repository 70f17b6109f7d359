/// How large uploads may be and how much work a video may cost. Operators set them with
/// `MEDIA_MAX_IMAGE_MB`, `MEDIA_MAX_VIDEO_MB`, `MEDIA_MAX_IMAGE_PIXELS`, `MEDIA_MAX_VIDEO_SECONDS`,
/// `MEDIA_MAX_VIDEO_PIXELS`, `MEDIA_VIDEO_TIMEOUT_SECONDS` and `MEDIA_VIDEO_WORKERS`. The pixel limit
/// stops decompression bombs (a few kilobytes of PNG that would unpack to gigabytes) before anything
/// is decoded; the video limits keep one upload from taking the processing for hours.
package struct MediaLimits: Sendable, Equatable {
    package var maxImageBytes: Int
    package var maxVideoBytes: Int
    package var maxImagePixels: Int
    /// Longer videos are refused when probed, before anything is decoded; ffmpeg also stops there.
    package var maxVideoSeconds: Int
    /// Width × height as shown; the default is 4K (3840 × 2160), as Mastodon allows.
    package var maxVideoPixels: Int
    /// A video tool that runs longer is killed and its video marked failed.
    package var videoTimeoutSeconds: Int
    /// Videos processed at the same time (each person's one after another).
    package var videoWorkers: Int

    package init(maxImageBytes: Int = 16 << 20, maxVideoBytes: Int = 200 << 20, maxImagePixels: Int = 50_000_000,
                 maxVideoSeconds: Int = 600, maxVideoPixels: Int = 3840 * 2160, videoTimeoutSeconds: Int = 1800,
                 videoWorkers: Int = 2) {
        self.maxImageBytes = maxImageBytes
        self.maxVideoBytes = maxVideoBytes
        self.maxImagePixels = maxImagePixels
        self.maxVideoSeconds = maxVideoSeconds
        self.maxVideoPixels = maxVideoPixels
        self.videoTimeoutSeconds = videoTimeoutSeconds
        self.videoWorkers = videoWorkers
    }

    /// No upload, of whatever kind, may be larger than this; nor may all files of one request together.
    package var maxUploadBytes: Int { max(maxImageBytes, maxVideoBytes) }
}
