import Dispatch
import Fluent
import Foundation
@testable import Media
import Testing
import TestSupport
import TreffpunktCore
import Vapor
import VaporTesting

/// Videos cannot stall the server: length and size are limited, tools time out, and one person's
/// videos never hold up everyone else's.
@Suite("Video limits: length, size, timeouts, and processing side by side")
struct VideoLimitsTests {
    private func part(_ file: URL, type: String) throws -> UploadPart {
        UploadPart(filename: file.lastPathComponent, contentType: type, data: try Data(contentsOf: file))
    }

    /// A video in processing whose source is a named pipe nobody writes to: ffprobe waits on it for
    /// ever, as a tool stuck on a hostile file would. Returns the medium and the pipe.
    private func stuckVideo(of ownerID: String, in app: Application) async throws -> (MediaAttachment, URL) {
        let medium = MediaAttachment(id: SnowflakeID.next(), ownerID: try #require(Int64(ownerID)), kind: .video,
                                     purpose: .attachment, description: "", sourceFormat: MediaFormat.mp4.rawValue)
        let pipe = try await app.fileStore.localFile(for: MediaVariant.sourceKey(for: medium.requireID(), format: "mp4"))
        try FileManager.default.createDirectory(at: pipe.deletingLastPathComponent(), withIntermediateDirectories: true)
        #expect(mkfifo(pipe.path, 0o600) == 0)
        try await medium.create(on: app.db)
        return (medium, pipe)
    }

    /// Gives the tool waiting on `pipe` something that is not a video, so that it fails and ends.
    /// Opening a pipe for writing waits for its reader, so this runs off the test's task.
    private func release(_ pipe: URL) async {
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            DispatchQueue.global().async {
                if let handle = FileHandle(forWritingAtPath: pipe.path) {
                    try? handle.write(contentsOf: Data("kein Video".utf8))
                    try? handle.close()
                }
                done.resume()
            }
        }
    }

    /// The medium's state once it is no longer processing, waiting up to 30 s.
    private func settledState(of id: Int64, in app: Application) async throws -> MediaState {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: .seconds(30))
        while clock.now < deadline {
            let state = try #require(try await MediaAttachment.find(id, on: app.db)).state
            if state != .processing { return state }
            try await Task.sleep(for: .milliseconds(50))
        }
        return .processing
    }

    @Test("A video longer or larger than allowed is refused at upload, naming the limit, and nothing is kept")
    func lengthAndSize() async throws {
        try await MediaFixtures.with { fixtures in
            try await withTestApp(configure: { $0.mediaLimits = MediaLimits(maxVideoSeconds: 2, maxVideoPixels: 160 * 120) }) { app in
                let anna = try await app.apiMember("anna")
                let long = try await fixtures.video("long.mp4", seconds: 4, videoCodec: MediaFixtures.h264)
                let large = try await fixtures.video("large.mp4", size: "320x240", seconds: 1, videoCodec: MediaFixtures.h264)
                let cases = [
                    (long, "Das Video ist zu lang (höchstens 2 Sekunden)."),
                    (large, "Das Video hat eine zu hohe Auflösung (höchstens 19.200 Bildpunkte je Bild; 4K hat 8.294.400)."),
                ]
                for (video, message) in cases {
                    let refused = try await app.apiUpload("/api/v2/media", token: anna.token, files: [try part(video, type: "video/mp4")])
                    #expect(refused.status == .unprocessableEntity, "\(video.lastPathComponent): \(refused.text)")
                    #expect(refused.errorMessage == message)
                }
                #expect(try await MediaAttachment.query(on: app.db).count() == 0)
                let fits = try await fixtures.video("fits.mp4", seconds: 1, videoCodec: MediaFixtures.h264)
                let accepted = try await app.apiUpload("/api/v2/media", token: anna.token, files: [try part(fits, type: "video/mp4")])
                #expect(accepted.status == .accepted, "\(accepted.text)")
                await app.mediaJobs.idle()
            }
        }
    }

    @Test("A video whose tool hangs is killed at the timeout and marked failed, and its owner is told why")
    func timeout() async throws {
        try await withTestApp(configure: { $0.mediaLimits = MediaLimits(videoTimeoutSeconds: 1) }) { app in
            let anna = try await app.apiMember("anna")
            let (stuck, _) = try await stuckVideo(of: anna.id, in: app)
            await app.mediaJobs.enqueue(stuck)
            let state = try await settledState(of: stuck.requireID(), in: app)
            #expect(state == .failed)
            // Still stuck: waiting for the job would be waiting for ever.
            guard state != .processing else { return }
            let asked = try await app.api(.GET, "/api/v1/media/\(stuck.requireID())", token: anna.token)
            #expect(asked.status == .unprocessableEntity)
            #expect(asked.errorMessage == "Die Verarbeitung hat zu lange gedauert und wurde abgebrochen.")
            await app.mediaJobs.idle()
        }
    }

    @Test("One member's stuck videos do not hold up another member's: each person's go one at a time, others go on")
    func sideBySide() async throws {
        try await MediaFixtures.with { fixtures in
            try await withTestApp(configure: { $0.mediaLimits = MediaLimits(videoWorkers: 2) }) { app in
                let anna = try await app.apiMember("anna")
                let ben = try await app.apiMember("ben")
                let (first, firstPipe) = try await stuckVideo(of: anna.id, in: app)
                let (second, secondPipe) = try await stuckVideo(of: anna.id, in: app)
                await app.mediaJobs.enqueue(first)
                await app.mediaJobs.enqueue(second)

                let clip = try await fixtures.video("clip.mov", seconds: 1, videoCodec: MediaFixtures.mpeg4Part2)
                let uploaded = try await app.apiUpload("/api/v2/media", token: ben.token, files: [try part(clip, type: "video/quicktime")])
                #expect(uploaded.status == .accepted, "\(uploaded.text)")
                let bens = try #require(Int64(try uploaded.decoded(MastodonMediaAttachment.self).id))
                #expect(try await settledState(of: bens, in: app) == .ready)

                // Anna's second waited for her first, not for Ben's.
                await release(firstPipe)
                #expect(try await settledState(of: first.requireID(), in: app) == .failed)
                await release(secondPipe)
                #expect(try await settledState(of: second.requireID(), in: app) == .failed)
                await app.mediaJobs.idle()
            }
        }
    }

    @Test("A tool that runs past its timeout is killed and reported as timed out")
    func toolTimeout() async throws {
        await #expect(throws: MediaProcessingError.timedOut("sleep")) {
            try await ExternalTool("sleep", timeout: .seconds(1)).run(["30"])
        }
    }
}
