import Foundation
import Media
import TreffpunktCore
import Vapor

/// Keeps an uploaded import file between its preview and the admin's "Import": as a file in the app's
/// temporary folder, named by a random token that only this admin's session knows. Re-uploading would
/// make the admin pick the file twice; keeping the bytes in the session would put up to megabytes into
/// the session store. A confirm must present the token of its own session, so one admin cannot import
/// another's file, and the file is the exact one the preview checked (the import checks it once more).
/// A newer upload replaces the session's older one; files nobody confirmed are removed after a day.
struct OrgImportUploads {
    let req: Request

    private static let sessionKey = "org_import_token"
    private static let prefix = "org-import-"
    private static let lifetime: TimeInterval = 24 * 60 * 60

    /// Stores the bytes and returns the token the preview's form carries.
    func keep(_ bytes: [UInt8]) throws -> String {
        discard()
        removeStale()
        let token = RandomToken.make()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(bytes).write(to: url(token), options: .atomic)
        req.session.data[Self.sessionKey] = token
        return token
    }

    /// The bytes kept for this token, if it is this session's and the file is still there.
    func bytes(token: String) -> [UInt8]? {
        guard let expected = req.session.data[Self.sessionKey], RandomToken.constantTimeEquals(token, expected),
              let data = FileManager.default.contents(atPath: url(expected).path) else { return nil }
        return [UInt8](data)
    }

    func discard() {
        guard let token = req.session.data[Self.sessionKey] else { return }
        try? FileManager.default.removeItem(at: url(token))
        req.session.data[Self.sessionKey] = nil
    }

    private var folder: URL { req.config.temporaryFolder }

    /// Tokens are URL-safe base64, so they make safe file names.
    private func url(_ token: String) -> URL {
        folder.appendingPathComponent(Self.prefix + token + ".csv")
    }

    private func removeStale() {
        let cutoff = Date().addingTimeInterval(-Self.lifetime)
        let files = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: [.contentModificationDateKey])) ?? []
        for file in files where file.lastPathComponent.hasPrefix(Self.prefix) {
            let modified = (try? file.resourceValues(forKeys: [.contentModificationDateKey]))?.contentModificationDate ?? .distantPast
            if modified < cutoff { try? FileManager.default.removeItem(at: file) }
        }
    }
}
