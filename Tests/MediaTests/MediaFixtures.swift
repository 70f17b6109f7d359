import Foundation
@testable import Media

/// Pictures and videos for the tests, made with the same tools the code uses, in a fresh temporary
/// directory per test.
struct MediaFixtures {
    let directory: URL

    /// Runs `body` with fixtures in a new temporary directory and removes it afterwards.
    static func with<Result>(_ body: (MediaFixtures) async throws -> Result) async throws -> Result {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("media-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        return try await body(MediaFixtures(directory: directory))
    }

    /// A file committed in `Tests/MediaTests/Fixtures`, found next to this source file.
    static func committed(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures").appendingPathComponent(name)
    }

    func url(_ name: String) -> URL {
        directory.appendingPathComponent(name)
    }

    /// A subdirectory for one processing run's output.
    func outputDirectory(_ name: String = "out") throws -> URL {
        let output = url(name)
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        return output
    }

    @discardableResult
    func vips(_ arguments: String...) async throws -> Data {
        try await ExternalTool("vips").run(arguments)
    }

    func ffmpeg(_ arguments: [String]) async throws {
        try await ExternalTool("ffmpeg").run(["-nostdin", "-v", "error", "-y"] + arguments)
    }

    /// `vipsheader -a`: every header field and metadata item, one per line.
    func header(of file: URL) async throws -> String {
        String(decoding: try await ExternalTool("vipsheader").run(["-a", file.path]), as: UTF8.self)
    }

    /// ffprobe's JSON report of the container and the streams.
    func probeJSON(of file: URL) async throws -> String {
        let output = try await ExternalTool("ffprobe").run([
            "-v", "error", "-print_format", "json", "-show_format", "-show_streams", file.path,
        ])
        return String(decoding: output, as: UTF8.self)
    }

    /// A picture of one colour in `format` (jpg, png, gif, webp, v).
    func solidImage(_ name: String, width: Int, height: Int, rgb: (Int, Int, Int) = (30, 120, 200)) async throws -> URL {
        let black = url("\(name)-black.v")
        try await vips("black", black.path, String(width), String(height), "--bands", "3")
        let image = url(name)
        try await vips("linear", black.path, image.path, "1 1 1", "\(rgb.0) \(rgb.1) \(rgb.2)", "--uchar")
        return image
    }

    /// Grey noise, which compresses badly, so that half of the file lacks half of the picture.
    func noiseImage(_ name: String, width: Int = 200, height: Int = 150) async throws -> URL {
        let noise = url("\(name)-noise.v")
        try await vips("gaussnoise", noise.path, String(width), String(height))
        let image = url(name)
        try await vips("cast", noise.path, image.path, "uchar")
        return image
    }

    /// The first half of `file`.
    func truncated(_ file: URL) throws -> URL {
        let data = try Data(contentsOf: file)
        let half = url("truncated-" + file.lastPathComponent)
        try data.prefix(data.count / 2).write(to: half)
        return half
    }

    /// An animated GIF of ffmpeg's test pattern: `frames` frames of 64×48.
    func animatedGIF(frames: Int = 5) async throws -> URL {
        let gif = url("animated.gif")
        try await ffmpeg(["-f", "lavfi", "-i", "testsrc=size=64x48:rate=5", "-frames:v", String(frames), gif.path])
        return gif
    }

    /// A video of ffmpeg's test pattern, with a sine tone when `audioCodec` is given.
    func video(
        _ name: String, size: String = "160x120", seconds: Double = 2,
        videoCodec: [String], audioCodec: [String]? = nil, extra: [String] = []
    ) async throws -> URL {
        let video = url(name)
        let duration = ["-t", String(seconds)]
        var arguments = ["-f", "lavfi"] + duration + ["-i", "testsrc=size=\(size):rate=10"]
        if let audioCodec {
            arguments += ["-f", "lavfi"] + duration + ["-i", "sine=frequency=440:sample_rate=48000"] + audioCodec
        }
        try await ffmpeg(arguments + videoCodec + extra + [video.path])
        return video
    }

    static let h264 = ["-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p"]
    static let aac = ["-c:a", "aac"]
    static let mpeg4Part2 = ["-c:v", "mpeg4"]
    static let vp9 = ["-c:v", "libvpx-vp9", "-deadline", "realtime", "-cpu-used", "8"]
    static let opus = ["-c:a", "libopus"]
    static let berlin = ["-metadata", "location=+52.5200+013.4050/"]
}
