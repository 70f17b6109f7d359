import Vapor

/// Wraps a session store so that a request whose session data did not change writes nothing.
/// Vapor saves every session on every response; with sessions in the database that is one write
/// per page view, which serialises readers on SQLite for no reason.
package struct WriteOnChangeSessions: SessionDriver {
    private let stored: any SessionDriver

    package init(_ stored: any SessionDriver) {
        self.stored = stored
    }

    package func createSession(_ data: SessionData, for request: Request) -> EventLoopFuture<SessionID> {
        stored.createSession(data, for: request)
    }

    package func readSession(_ sessionID: SessionID, for request: Request) -> EventLoopFuture<SessionData?> {
        stored.readSession(sessionID, for: request).map { data in
            request.storage[AsReadKey.self] = data
            return data
        }
    }

    package func updateSession(_ sessionID: SessionID, to data: SessionData, for request: Request) -> EventLoopFuture<SessionID> {
        if let asRead = request.storage[AsReadKey.self], asRead == data {
            return request.eventLoop.makeSucceededFuture(sessionID)
        }
        return stored.updateSession(sessionID, to: data, for: request)
    }

    package func deleteSession(_ sessionID: SessionID, for request: Request) -> EventLoopFuture<Void> {
        stored.deleteSession(sessionID, for: request)
    }

    private struct AsReadKey: StorageKey {
        typealias Value = SessionData
    }
}
