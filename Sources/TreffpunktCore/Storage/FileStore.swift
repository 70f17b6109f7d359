import Vapor

/// Where uploaded files live, by key (`media/123/large.webp`). Features store, serve and delete
/// through this interface only, so a store for S3-compatible object storage can take the place of
/// the local disk without any feature changing.
package protocol FileStore: Sendable {
    /// Moves a finished local file into the store under `key`, replacing what was there.
    func store(_ localFile: URL, as key: String) async throws
    /// The stored file as a response: streamed from disk here, a redirect to a signed address for
    /// an object store. `cacheControl` says who may keep a copy.
    func response(for key: String, contentType: HTTPMediaType, cacheControl: String, on req: Request) async throws -> Response
    /// Removes every file whose key starts with `prefix` (all variants of a medium at once).
    func delete(prefix: String) async throws
    /// Whether a file is stored under `key`.
    func exists(_ key: String) async -> Bool
    /// A local copy to read from, for processing (the file itself when the store is a disk).
    func localFile(for key: String) async throws -> URL
}

extension Application {
    private struct FileStoreKey: StorageKey {
        typealias Value = any FileStore
    }

    /// The local disk under `DATA_DIR/files` unless something else is configured.
    package var fileStore: any FileStore {
        get {
            guard let store = storage[FileStoreKey.self] else { preconditionFailure("configure() sets up the file store") }
            return store
        }
        set { storage[FileStoreKey.self] = newValue }
    }
}
