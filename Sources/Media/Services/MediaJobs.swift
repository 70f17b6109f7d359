import Fluent
import Foundation
import Synchronization
import TreffpunktCore
import Vapor

/// Makes uploaded videos playable in the background: poster frame, metadata stripped, H.264 when
/// the source cannot play in browsers. Progress is written to the medium for the uploader to watch.
///
/// A few videos at a time (`MediaLimits.videoWorkers`), so a burst of uploads cannot take every core
/// from the people reading, and each person's one after another, so one person's long videos never
/// hold up everyone else's. A tool that runs past its timeout is killed and its video marked failed;
/// the others go on. Videos still waiting when the server stops are taken up again at the next start.
package actor MediaJobs {
    private struct Job {
        let mediumID: Int64
        let ownerID: Int64
    }

    private let application: Application
    private let workers: Int
    private var waiting: [Job] = []
    /// Whose video is being processed: one each, so their number is that of the running jobs.
    private var busyOwners: Set<Int64> = []
    private var stopped = false
    private var idleWaiters: [CheckedContinuation<Void, Never>] = []

    package init(application: Application) {
        self.application = application
        self.workers = application.config.mediaLimits.videoWorkers
    }

    package func enqueue(_ medium: MediaAttachment) {
        guard !stopped else { return }
        waiting.append(Job(mediumID: medium.requireID(), ownerID: medium.ownerID))
        startWhatMay()
    }

    /// Queues every video left in processing, after a restart.
    package func resumePending() async throws {
        let pending = try await MediaAttachment.query(on: application.db).filter(\.$state == .processing).sort(\.$id).all()
        for medium in pending { enqueue(medium) }
    }

    /// Returns once nothing is queued or running (tests wait here instead of polling).
    package func idle() async {
        guard !busyOwners.isEmpty else { return }
        await withCheckedContinuation { idleWaiters.append($0) }
    }

    /// No new work after shutdown; a video in progress stays `processing` and resumes at the next start.
    package func stop() {
        stopped = true
        waiting.removeAll()
    }

    /// Starts the oldest waiting video of someone who has none in processing, while a worker is free.
    private func startWhatMay() {
        while !stopped, busyOwners.count < workers,
              let next = waiting.firstIndex(where: { !busyOwners.contains($0.ownerID) }) {
            let job = waiting.remove(at: next)
            busyOwners.insert(job.ownerID)
            Task { await self.run(job) }
        }
        guard busyOwners.isEmpty else { return }
        for waiter in idleWaiters { waiter.resume() }
        idleWaiters.removeAll()
    }

    private func run(_ job: Job) async {
        await process(job.mediumID)
        busyOwners.remove(job.ownerID)
        startWhatMay()
    }

    /// Off the actor: the tools run for minutes, and the queue must answer meanwhile.
    private nonisolated func process(_ mediumID: Int64) async {
        let database = application.db
        let store = application.fileStore
        let limits = application.config.mediaLimits
        guard let medium = try? await MediaAttachment.find(mediumID, on: database), medium.state == .processing else { return }
        let service = MediaService(database: database, store: store, limits: limits, jobs: self)
        do {
            let source = try await store.localFile(for: MediaVariant.sourceKey(for: mediumID, format: medium.sourceFormat))
            let work = try MediaService.workFolder(in: application.config.temporaryFolder)
            defer { try? FileManager.default.removeItem(at: work) }
            let videos = VideoProcessor(limits: limits)
            // Probed again: the limits may have been lowered since the upload.
            let info = try await videos.probe(source)
            let poster = try await videos.poster(source, info: info, into: work)
            try await service.storeImage(from: poster, format: .jpeg, as: medium)
            let output = work.appendingPathComponent("video.mp4")
            let reporter = ProgressReporter(mediumID: mediumID, database: database)
            try await videos.makePlayable(source, info: info, output: output) { await reporter.report($0) }
            try await store.store(output, as: MediaVariant.video.key(for: mediumID))
            try await store.delete(prefix: MediaVariant.sourceKey(for: mediumID, format: medium.sourceFormat))
            medium.duration = info.durationSeconds
            medium.width = info.width
            medium.height = info.height
            medium.progress = 1
            medium.state = .ready
            try await medium.save(on: database)
        } catch {
            guard await !stopped else { return }
            application.logger.warning("Video \(mediumID) could not be processed: \(String(reflecting: error))")
            try? await store.delete(prefix: MediaVariant.folderKey(for: mediumID))
            medium.state = .failed
            medium.failure = MediaFailure(error).rawValue
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
