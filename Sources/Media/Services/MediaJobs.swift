import Fluent
import Foundation
import Synchronization
import TreffpunktCore
import Vapor

/// Makes uploaded videos playable in the background, one at a time so a burst of uploads cannot
/// take every core from the people reading: poster frame, metadata stripped, H.264 when the
/// source cannot play in browsers. Progress is written to the medium for the uploader to watch.
/// Videos still waiting when the server stops are taken up again at the next start.
package actor MediaJobs {
    private let application: Application
    private var waiting: [Int64] = []
    private var running = false
    private var stopped = false
    private var idleWaiters: [CheckedContinuation<Void, Never>] = []

    package init(application: Application) {
        self.application = application
    }

    package func enqueue(_ mediumID: Int64) {
        guard !stopped else { return }
        waiting.append(mediumID)
        guard !running else { return }
        running = true
        Task { await self.drain() }
    }

    /// Queues every video left in processing, after a restart.
    package func resumePending() async throws {
        let pending = try await MediaAttachment.query(on: application.db).filter(\.$state == .processing).sort(\.$id).all()
        for medium in pending { enqueue(medium.requireID()) }
    }

    /// Returns once nothing is queued or running (tests wait here instead of polling).
    package func idle() async {
        guard running else { return }
        await withCheckedContinuation { idleWaiters.append($0) }
    }

    /// No new work after shutdown; a video in progress stays `processing` and resumes at the next start.
    package func stop() {
        stopped = true
        waiting.removeAll()
    }

    private func drain() async {
        while !stopped, !waiting.isEmpty {
            let mediumID = waiting.removeFirst()
            await process(mediumID)
        }
        running = false
        for waiter in idleWaiters { waiter.resume() }
        idleWaiters.removeAll()
    }

    private func process(_ mediumID: Int64) async {
        let database = application.db
        let store = application.fileStore
        guard let medium = try? await MediaAttachment.find(mediumID, on: database), medium.state == .processing else { return }
        let service = MediaService(database: database, store: store, limits: application.config.mediaLimits, jobs: self)
        do {
            let source = try await store.localFile(for: MediaVariant.sourceKey(for: mediumID, format: medium.sourceFormat))
            let work = try MediaService.workFolder(in: application.config.temporaryFolder)
            defer { try? FileManager.default.removeItem(at: work) }
            let videos = VideoProcessor()
            let info = try await MediaService.mapped { try await videos.probe(source) }
            let poster = try await MediaService.mapped { try await videos.poster(source, info: info, into: work) }
            try await service.storeImage(from: poster, format: .jpeg, as: medium)
            let output = work.appendingPathComponent("video.mp4")
            let reporter = ProgressReporter(mediumID: mediumID, database: database)
            try await MediaService.mapped {
                try await videos.makePlayable(source, info: info, output: output) { await reporter.report($0) }
            }
            try await store.store(output, as: MediaVariant.video.key(for: mediumID))
            try await store.delete(prefix: MediaVariant.sourceKey(for: mediumID, format: medium.sourceFormat))
            medium.duration = info.durationSeconds
            medium.width = info.width
            medium.height = info.height
            medium.progress = 1
            medium.state = .ready
            try await medium.save(on: database)
        } catch {
            guard !stopped else { return }
            application.logger.warning("Video \(mediumID) could not be processed: \(String(reflecting: error))")
            try? await store.delete(prefix: MediaVariant.folderKey(for: mediumID))
            medium.state = .failed
            medium.failure = (error as? UserFacingError)?.message.en ?? MediaText.processingFailed.en
            try? await medium.save(on: database)
        }
    }
}

/// Writes a video's progress at most twice a second: ffmpeg reports far more often.
private final class ProgressReporter: Sendable {
    private let mediumID: Int64
    private let database: any Database
    private let lastWrite = Mutex<Date>(.distantPast)

    init(mediumID: Int64, database: any Database) {
        self.mediumID = mediumID
        self.database = database
    }

    func report(_ fraction: Double) async {
        let now = Date()
        let due = lastWrite.withLock { last in
            guard now.timeIntervalSince(last) >= 0.5 else { return false }
            last = now
            return true
        }
        guard due else { return }
        // Never 1 before the video is stored: 1 means ready.
        try? await MediaAttachment.query(on: database).filter(\.$id == mediumID)
            .set(\.$progress, to: min(fraction, 0.99)).update()
    }
}
