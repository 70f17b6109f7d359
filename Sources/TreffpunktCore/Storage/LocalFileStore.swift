import Vapor

/// Files on the local disk under one root folder; keys become relative paths.
package struct LocalFileStore: FileStore {
    package let root: URL

    package init(root: URL) {
        self.root = root
    }

    package func store(_ localFile: URL, as key: String) async throws {
        let target = try path(for: key)
        let manager = FileManager.default
        try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        if manager.fileExists(atPath: target.path) { try manager.removeItem(at: target) }
        try manager.moveItem(at: localFile, to: target)
    }

    package func response(for key: String, contentType: HTTPMediaType, cacheControl: String, on req: Request) async throws -> Response {
        let file = try path(for: key)
        guard FileManager.default.fileExists(atPath: file.path) else { throw Abort(.notFound) }
        // Range requests are answered too, which browsers need to seek in videos.
        let response = try await req.fileio.asyncStreamFile(at: file.path, mediaType: contentType)
        response.headers.replaceOrAdd(name: .cacheControl, value: cacheControl)
        return response
    }

    package func delete(prefix: String) async throws {
        let target = try path(for: prefix)
        if FileManager.default.fileExists(atPath: target.path) { try FileManager.default.removeItem(at: target) }
    }

    package func exists(_ key: String) async -> Bool {
        guard let file = try? path(for: key) else { return false }
        return FileManager.default.fileExists(atPath: file.path)
    }

    package func localFile(for key: String) async throws -> URL {
        try path(for: key)
    }

    /// Keys are made by the features, never by users; still, nothing may lead outside the root.
    private func path(for key: String) throws -> URL {
        let parts = key.split(separator: "/")
        guard !parts.isEmpty, !parts.contains(where: { $0 == ".." || $0 == "." }) else { throw Abort(.badRequest) }
        return parts.reduce(root) { $0.appendingPathComponent(String($1)) }
    }
}
