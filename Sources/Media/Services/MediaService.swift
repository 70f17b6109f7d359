import Fluent
import Foundation
import TreffpunktCore
import Vapor

/// Takes uploads in: checks that the bytes are what they claim and within the limits, makes the
/// variants (images at once, videos in the background), and stores files and record together,
/// so a refused or failed upload leaves nothing behind.
package struct MediaService {
    let database: any Database
    let store: any FileStore
    let limits: MediaLimits
    let jobs: MediaJobs

    package init(database: any Database, store: any FileStore, limits: MediaLimits, jobs: MediaJobs) {
        self.database = database
        self.store = store
        self.limits = limits
        self.jobs = jobs
    }

    /// Stores one uploaded file as a medium of `ownerID`. The temporary file is consumed.
    package func upload(_ file: UploadedFile, by ownerID: Int64, purpose: MediaPurpose = .attachment, description: String = "") async throws -> MediaAttachment {
        defer { try? FileManager.default.removeItem(at: file.url) }
        try Self.checkDescription(description)
        let format = try Self.format(of: file)
        if purpose != .attachment, format.kind != .image { throw UserFacingError(.unprocessableEntity, MediaText.imageRequired) }
        let limit = format.kind == .image ? limits.maxImageBytes : limits.maxVideoBytes
        guard file.byteCount <= limit else { throw UserFacingError(.payloadTooLarge, MediaText.fileTooLarge(megabytes: limit >> 20)) }
        let medium = MediaAttachment(id: SnowflakeID.next(), ownerID: ownerID, kind: format.kind, purpose: purpose,
                                     description: description, sourceFormat: format.rawValue)
        let mediumID = medium.requireID()
        do {
            switch format.kind {
            case .image:
                try await storeImage(from: file.url, format: format, as: medium)
                medium.state = .ready
                medium.progress = 1
                try await medium.create(on: database)
            case .video:
                // Over the length or size limit, the upload is refused now, before anything is stored.
                let info = try await mapped { try await VideoProcessor(limits: limits).probe(file.url) }
                medium.duration = info.durationSeconds
                medium.width = info.width
                medium.height = info.height
                let source = file.url.deletingLastPathComponent().appendingPathComponent("source-\(mediumID)")
                try FileManager.default.moveItem(at: file.url, to: source)
                try await store.store(source, as: MediaVariant.sourceKey(for: mediumID, format: format.rawValue))
                try await medium.create(on: database)
                await jobs.enqueue(medium)
            }
        } catch {
            try? await store.delete(prefix: MediaVariant.folderKey(for: mediumID))
            throw error
        }
        return medium
    }

    /// Re-encodes a picture (or a video's poster frame) into `large` and `small` and records their sizes.
    func storeImage(from input: URL, format: MediaFormat, as medium: MediaAttachment) async throws {
        let work = try Self.workFolder(in: input.deletingLastPathComponent())
        defer { try? FileManager.default.removeItem(at: work) }
        let image = try await mapped { try await ImageProcessor(maxPixels: limits.maxImagePixels).process(input, format: format, into: work) }
        let mediumID = medium.requireID()
        try await store.store(image.large.url, as: MediaVariant.large.key(for: mediumID))
        try await store.store(image.small.url, as: MediaVariant.small.key(for: mediumID))
        if medium.kind == .image {
            medium.width = image.large.width
            medium.height = image.large.height
            medium.animated = image.isAnimated
        }
        medium.smallWidth = image.small.width
        medium.smallHeight = image.small.height
        medium.blurhash = image.blurHash
        medium.averageColor = image.averageColor
    }

    /// Alt text and focus point, changed by the owner at any time.
    package func update(_ medium: MediaAttachment, description: String?, focus: String?) async throws {
        if let description {
            try Self.checkDescription(description)
            medium.description = description
        }
        if let focus {
            let parts = focus.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
            guard parts.count == 2, parts.allSatisfy({ (-1...1).contains($0) }) else {
                throw UserFacingError(.unprocessableEntity, MediaText.invalidFocus)
            }
            medium.focusX = parts[0]
            medium.focusY = parts[1]
        }
        try await medium.save(on: database)
    }

    /// Removes a medium that was uploaded for something that was then not saved (a refused post).
    package func discard(_ medium: MediaAttachment) async throws {
        try await medium.delete(on: database)
        try await store.delete(prefix: MediaVariant.folderKey(for: medium.requireID()))
    }

    static let maxDescriptionLength = 1_500

    private static func checkDescription(_ description: String) throws {
        guard description.count <= maxDescriptionLength else { throw UserFacingError(.unprocessableEntity, MediaText.descriptionTooLong) }
    }

    /// What the bytes are; the claimed type and the file name's extension must agree with them.
    static func format(of file: UploadedFile) throws -> MediaFormat {
        guard let actual = try MediaFormat.detect(fileAt: file.url) else {
            throw UserFacingError(.unprocessableEntity, MediaText.unsupportedType)
        }
        let byType = file.declaredType.flatMap { MediaFormat(mimeType: $0.split(separator: ";")[0].trimmingCharacters(in: .whitespaces)) }
        let byName = file.filename.flatMap { MediaFormat(fileExtension: ($0 as NSString).pathExtension) }
        for claimed in [byType, byName].compactMap({ $0 }) where !claimed.isSameFormat(as: actual) {
            throw UserFacingError(.unprocessableEntity, MediaText.typeMismatch(claimed: claimed.displayName, actual: actual.displayName))
        }
        return actual
    }

    /// A fresh folder for one processing run inside `parent`; the caller removes it.
    static func workFolder(in parent: URL) throws -> URL {
        let folder = parent.appendingPathComponent("work-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// The processing errors as answers people understand.
    func mapped<T>(_ work: () async throws -> T) async throws -> T {
        do {
            return try await work()
        } catch MediaProcessingError.mismatch(let declared, let actual) {
            throw UserFacingError(.unprocessableEntity, MediaText.typeMismatch(claimed: declared.displayName, actual: actual.displayName))
        } catch let error as MediaProcessingError {
            throw UserFacingError(.unprocessableEntity, MediaFailure(error).message(limits))
        }
    }
}
