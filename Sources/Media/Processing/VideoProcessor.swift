import Foundation
import TreffpunktCore

/// Examines uploaded videos and turns them into MP4 files that every browser plays, with ffmpeg,
/// within the limits: no longer and no larger than allowed, and no tool running past its timeout.
package struct VideoProcessor: Sendable {
    let limits: MediaLimits

    package init(limits: MediaLimits = MediaLimits()) {
        self.limits = limits
    }

    private var ffmpeg: ExternalTool { ExternalTool("ffmpeg", timeout: .seconds(limits.videoTimeoutSeconds)) }
    /// Probing reads the container's headers; a minute is ample, unless whole runs must be shorter.
    private var ffprobe: ExternalTool { ExternalTool("ffprobe", timeout: min(Duration.seconds(60), .seconds(limits.videoTimeoutSeconds))) }

    /// Reads container, streams and duration with ffprobe, and refuses what is over the limits
    /// before anything is decoded.
    /// - Throws: `MediaProcessingError.corrupt` when ffprobe cannot read the file or it holds no
    ///   video stream, `.videoTooLong` or `.videoTooLarge` when it is over the limits.
    package func probe(_ input: URL) async throws -> VideoInfo {
        let output: Data
        do {
            output = try await ffprobe.run([
                "-v", "error", "-print_format", "json", "-show_format", "-show_streams", input.path,
            ])
        } catch is ExternalToolFailure {
            throw MediaProcessingError.corrupt
        }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        guard let report = try? decoder.decode(FFprobeReport.self, from: output) else {
            throw MediaProcessingError.corrupt
        }
        let info = try VideoInfo(report: report)
        // Compared as Double: a hostile file's numbers may not fit an Int. Whole seconds count, as a
        // "ten-minute" recording is seldom exactly 600.0 seconds long.
        if let seconds = info.durationSeconds, seconds >= Double(limits.maxVideoSeconds + 1) { throw MediaProcessingError.videoTooLong }
        if Double(info.width) * Double(info.height) > Double(limits.maxVideoPixels) { throw MediaProcessingError.videoTooLarge }
        return info
    }

    /// Writes `poster.jpg` into `directory`: the frame at a tenth of the duration, upright and of
    /// the video's full size, for `ImageProcessor` to make variants from. A tenth in, the picture
    /// has usually faded in from black.
    package func poster(_ input: URL, info: VideoInfo, into directory: URL) async throws -> URL {
        let poster = directory.appendingPathComponent("poster.jpg")
        let seconds = (info.durationSeconds ?? 0) / 10
        do {
            try await ffmpeg.run([
                "-nostdin", "-v", "error", "-y", "-ss", String(format: "%.3f", seconds), "-i", input.path,
                "-frames:v", "1", "-map_metadata", "-1", "-q:v", "2", poster.path,
            ])
        } catch is ExternalToolFailure {
            throw MediaProcessingError.corrupt
        }
        guard FileManager.default.fileExists(atPath: poster.path) else { throw MediaProcessingError.corrupt }
        return poster
    }

    /// Writes `output` as an MP4 with H.264 video and AAC sound (or none), its index at the front
    /// (`+faststart`) so playback starts before the download ends, and without the sender's
    /// metadata, such as the location a phone records.
    ///
    /// H.264 and AAC are copied as they are; anything else is encoded. `progress` receives the
    /// finished share from 0 to 1 as ffmpeg reports it.
    /// - Throws: `MediaProcessingError.corrupt` when ffmpeg cannot convert the file.
    package func makePlayable(
        _ input: URL, info: VideoInfo, output: URL,
        progress: @escaping @Sendable (Double) async -> Void
    ) async throws {
        let duration = info.durationSeconds
        do {
            try await ffmpeg.run(playableArguments(input, info: info, output: output)) { line in
                if let fraction = FFmpegProgress.fraction(fromLine: line, durationSeconds: duration) {
                    await progress(fraction)
                }
            }
        } catch is ExternalToolFailure {
            throw MediaProcessingError.corrupt
        }
    }

    func playableArguments(_ input: URL, info: VideoInfo, output: URL) -> [String] {
        let video = info.hasPlayableH264
            ? ["-c:v", "copy"]
            : [
                "-c:v", "libx264", "-preset", "veryfast", "-crf", "23", "-pix_fmt", "yuv420p",
                // 4:2:0 chroma needs even dimensions.
                "-vf", "scale=trunc(iw/2)*2:trunc(ih/2)*2",
            ]
        let audio = info.audioCodec == "aac" ? ["-c:a", "copy"] : ["-c:a", "aac", "-b:a", "128k"]
        // Only the first picture and sound: MP4 takes no subtitle or data tracks of other containers.
        return ["-nostdin", "-v", "error", "-y", "-i", input.path, "-map", "0:v:0", "-map", "0:a:0?"]
            + ["-map_metadata", "-1", "-map_chapters", "-1"]
            + video + audio
            // A container may not say how long it runs (or lie): the output ends at the limit regardless.
            + ["-t", String(limits.maxVideoSeconds)]
            + ["-movflags", "+faststart", "-progress", "pipe:1", "-nostats", "-f", "mp4", output.path]
    }
}
