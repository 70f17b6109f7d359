import Social
import TreffpunktCore
import Vapor

extension LiveSession {
    /// A session for a streaming request: the process's hub, the configured limits, and the reader's
    /// blocks and mutes from Social.
    static func open(for request: Request, viewer: Viewer?) -> LiveSession {
        let database = request.application.db
        let hiddenAuthors = HiddenAuthors(viewerID: viewer?.id) { viewerID in
            try await AudienceLookup(database: database).hiddenAuthors(for: viewerID)
        }
        return LiveSession(viewer: viewer, language: request.language, hub: request.realtime,
                           bufferLimit: request.config.realtimeLimits.maxQueuedEvents, hiddenAuthors: hiddenAuthors)
    }
}
