import Foundation
@testable import Media
import Synchronization
import Testing

@Suite("Video processing")
struct VideoProcessorTests {
    private let processor = VideoProcessor()

    /// Collects the progress values ffmpeg reports.
    private final class ProgressLog: Sendable {
        private let values = Mutex<[Double]>([])
        func record(_ value: Double) { values.withLock { $0.append(value) } }
        var recorded: [Double] { values.withLock { $0 } }
    }

    @Test("probe reads duration, size and codecs of an H.264/AAC MP4, which browsers play as it is")
    func probeH264() async throws {
        try await MediaFixtures.with { fixtures in
            let clip = try await fixtures.video("clip.mp4", videoCodec: MediaFixtures.h264, audioCodec: MediaFixtures.aac)

            let info = try await processor.probe(clip)

            #expect(abs(try #require(info.durationSeconds) - 2) < 0.1)
            #expect((info.width, info.height) == (160, 120))
            #expect(info.videoCodec == "h264")
            #expect(info.audioCodec == "aac")
            #expect(info.container.split(separator: ",").contains("mp4"))
            #expect(info.isBrowserPlayable)
        }
    }

    @Test("a phone video turned by 90 degrees reports its upright size")
    func probeRotated() async throws {
        try await MediaFixtures.with { fixtures in
            let clip = try await fixtures.video("landscape.mp4", seconds: 0.5, videoCodec: MediaFixtures.h264)
            let portrait = fixtures.url("portrait.mp4")
            // Only a stream copy turns the rotate tag into the display matrix that phones write.
            try await fixtures.ffmpeg(["-i", clip.path, "-c", "copy", "-metadata:s:v:0", "rotate=90", portrait.path])
            let info = try await processor.probe(portrait)
            #expect((info.width, info.height) == (120, 160))
        }
    }

    @Test("VP9 with Opus in WebM plays in browsers, MPEG-4 Part 2 in QuickTime does not")
    func playability() async throws {
        try await MediaFixtures.with { fixtures in
            let webm = try await fixtures.video(
                "clip.webm", size: "64x48", seconds: 0.5, videoCodec: MediaFixtures.vp9, audioCodec: MediaFixtures.opus
            )
            let mov = try await fixtures.video("clip.mov", size: "64x48", seconds: 0.5, videoCodec: MediaFixtures.mpeg4Part2)
            #expect(try await processor.probe(webm).isBrowserPlayable)
            let movInfo = try await processor.probe(mov)
            #expect(movInfo.videoCodec == "mpeg4")
            #expect(!movInfo.isBrowserPlayable)
        }
    }

    @Test("an MPEG-4 Part 2 QuickTime file with odd size becomes H.264/AAC MP4, even-sized, reporting progress")
    func transcode() async throws {
        try await MediaFixtures.with { fixtures in
            let mov = try await fixtures.video(
                "clip.mov", size: "161x121", videoCodec: MediaFixtures.mpeg4Part2, audioCodec: ["-c:a", "pcm_s16le"]
            )
            let info = try await processor.probe(mov)
            let output = fixtures.url("playable.mp4")
            let log = ProgressLog()

            try await processor.makePlayable(mov, info: info, output: output) { log.record($0) }

            let result = try await processor.probe(output)
            #expect(try MediaFormat.detect(fileAt: output) == .mp4)
            #expect(result.videoCodec == "h264")
            #expect(result.audioCodec == "aac")
            #expect((result.width, result.height) == (160, 120))
            #expect(result.isBrowserPlayable)
            #expect(abs(try #require(result.durationSeconds) - 2) < 0.2)
            let progress = log.recorded
            #expect(!progress.isEmpty)
            #expect(progress == progress.sorted(), "progress only grows")
            #expect(progress.allSatisfy { (0 ... 1).contains($0) })
            #expect(progress.last == 1)
        }
    }

    @Test("the location a phone recorded is gone after transcoding and after copying", arguments: [false, true])
    func locationIsStripped(alreadyH264: Bool) async throws {
        try await MediaFixtures.with { fixtures in
            let codec = alreadyH264 ? MediaFixtures.h264 : MediaFixtures.mpeg4Part2
            let mov = try await fixtures.video("phone.mov", seconds: 1, videoCodec: codec, extra: MediaFixtures.berlin)
            #expect(try await fixtures.probeJSON(of: mov).contains("+52.5200+013.4050/"))
            let output = fixtures.url("playable.mp4")

            try await processor.makePlayable(mov, info: processor.probe(mov), output: output) { _ in }

            let report = try await fixtures.probeJSON(of: output)
            #expect(!report.contains("\"location"))
            #expect(!report.contains("52.5200"))
            #expect(try await processor.probe(output).videoCodec == "h264")
        }
    }

    @Test("H.264 with AAC is copied; anything else is encoded; the output ends at the length limit")
    func copyOrEncode() {
        let input = URL(fileURLWithPath: "/in.mov"), output = URL(fileURLWithPath: "/out.mp4")
        func info(_ video: String, _ pixels: String, _ audio: String?) -> VideoInfo {
            VideoInfo(container: "mov,mp4,m4a,3gp,3g2,mj2", durationSeconds: 1, width: 2, height: 2,
                      videoCodec: video, pixelFormat: pixels, audioCodec: audio)
        }
        let copied = processor.playableArguments(input, info: info("h264", "yuv420p", "aac"), output: output)
        #expect(copied.joined(separator: " ").contains("-c:v copy -c:a copy"))
        #expect(copied.joined(separator: " ").contains("-map_metadata -1"))
        // However long the container claims to be, ffmpeg stops at the limit.
        #expect(copied.joined(separator: " ").contains("-t 600"))
        let tenBit = processor.playableArguments(input, info: info("h264", "yuv420p10le", nil), output: output)
        #expect(tenBit.joined(separator: " ").contains("-c:v libx264"))
        let hevc = processor.playableArguments(input, info: info("hevc", "yuv420p", "pcm_s16le"), output: output)
        #expect(hevc.joined(separator: " ").contains("-c:v libx264"))
        #expect(hevc.joined(separator: " ").contains("-c:a aac"))
    }

    @Test("garbage and a truncated MP4 are corrupt")
    func corruptVideos() async throws {
        try await MediaFixtures.with { fixtures in
            let garbage = fixtures.url("garbage.mp4")
            try Data((0 ..< 4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) }).write(to: garbage)
            let clip = try await fixtures.video("clip.mp4", seconds: 1, videoCodec: MediaFixtures.h264)
            let truncated = try fixtures.truncated(clip)
            for file in [garbage, truncated] {
                await #expect(throws: MediaProcessingError.corrupt) { try await processor.probe(file) }
            }
        }
    }

    @Test("a sound file without pictures is not a video")
    func audioOnly() async throws {
        try await MediaFixtures.with { fixtures in
            let sound = fixtures.url("sound.mp4")
            try await fixtures.ffmpeg(["-f", "lavfi", "-t", "0.5", "-i", "sine", "-c:a", "aac", sound.path])
            await #expect(throws: MediaProcessingError.corrupt) { try await processor.probe(sound) }
        }
    }

    @Test("the poster is a JPEG of the video's size")
    func poster() async throws {
        try await MediaFixtures.with { fixtures in
            let clip = try await fixtures.video("clip.mp4", videoCodec: MediaFixtures.h264)

            let poster = try await processor.poster(clip, info: processor.probe(clip), into: fixtures.outputDirectory())

            #expect(poster.lastPathComponent == "poster.jpg")
            #expect(try MediaFormat.detect(fileAt: poster) == .jpeg)
            let header = try await fixtures.header(of: poster)
            #expect(header.contains("width: 160"))
            #expect(header.contains("height: 120"))
        }
    }
}

@Suite("ffmpeg progress lines")
struct FFmpegProgressTests {
    @Test("out_time_us over the duration, clamped; progress=end is done; other lines say nothing")
    func fractions() {
        #expect(FFmpegProgress.fraction(fromLine: "out_time_us=500000", durationSeconds: 2) == 0.25)
        #expect(FFmpegProgress.fraction(fromLine: "out_time_us=3000000", durationSeconds: 2) == 1)
        #expect(FFmpegProgress.fraction(fromLine: "out_time_us=N/A", durationSeconds: 2) == nil)
        #expect(FFmpegProgress.fraction(fromLine: "out_time_us=500000", durationSeconds: nil) == nil)
        #expect(FFmpegProgress.fraction(fromLine: "progress=end", durationSeconds: nil) == 1)
        #expect(FFmpegProgress.fraction(fromLine: "progress=continue", durationSeconds: 2) == nil)
        #expect(FFmpegProgress.fraction(fromLine: "frame=12", durationSeconds: 2) == nil)
    }
}
