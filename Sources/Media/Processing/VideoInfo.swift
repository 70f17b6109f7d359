import Foundation

/// What ffprobe found in an uploaded video.
package struct VideoInfo: Sendable, Equatable {
    /// ffprobe's format name: "mov,mp4,m4a,3gp,3g2,mj2" for MP4 and QuickTime, "matroska,webm"
    /// for WebM.
    package let container: String
    package let durationSeconds: Double?
    /// Width and height as shown, after the rotation a phone records.
    package let width: Int
    package let height: Int
    package let videoCodec: String
    package let pixelFormat: String?
    package let audioCodec: String?

    package init(
        container: String, durationSeconds: Double?, width: Int, height: Int,
        videoCodec: String, pixelFormat: String?, audioCodec: String?
    ) {
        self.container = container
        self.durationSeconds = durationSeconds
        self.width = width
        self.height = height
        self.videoCodec = videoCodec
        self.pixelFormat = pixelFormat
        self.audioCodec = audioCodec
    }

    /// Whether current browsers play the file as it is: H.264 (8-bit 4:2:0) with AAC or no sound
    /// in MP4/QuickTime, or VP8/VP9 with Opus, Vorbis or no sound in WebM. It still contains the
    /// sender's metadata; `VideoProcessor.makePlayable` removes that.
    package var isBrowserPlayable: Bool {
        let formats = container.split(separator: ",")
        if formats.contains("mp4") {
            return hasPlayableH264 && [nil, "aac"].contains(audioCodec)
        }
        if formats.contains("webm") {
            return ["vp8", "vp9"].contains(videoCodec) && [nil, "opus", "vorbis"].contains(audioCodec)
        }
        return false
    }

    /// H.264 that browsers decode, so it can be copied into MP4 untouched.
    var hasPlayableH264: Bool {
        videoCodec == "h264" && ["yuv420p", "yuvj420p"].contains(pixelFormat)
    }

    /// The first video stream that is a moving picture (not an album cover) and the first sound.
    /// - Throws: `MediaProcessingError.corrupt` when there is no such video stream.
    init(report: FFprobeReport) throws {
        let pictures = report.streams.filter { $0.codecType == "video" && $0.disposition?["attached_pic"] != 1 }
        guard let video = pictures.first, let codec = video.codecName,
              let codedWidth = video.width, let codedHeight = video.height, codedWidth > 0, codedHeight > 0
        else { throw MediaProcessingError.corrupt }
        let rotation = video.sideDataList?.compactMap(\.rotation).first ?? 0
        let isSideways = Int(abs(rotation).rounded()) % 180 == 90
        self.init(
            container: report.format.formatName,
            durationSeconds: (report.format.duration ?? video.duration).flatMap { Double($0) },
            width: isSideways ? codedHeight : codedWidth,
            height: isSideways ? codedWidth : codedHeight,
            videoCodec: codec,
            pixelFormat: video.pixFmt,
            audioCodec: report.streams.first { $0.codecType == "audio" }?.codecName
        )
    }
}
