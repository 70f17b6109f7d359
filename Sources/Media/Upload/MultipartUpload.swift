import Foundation
import TreffpunktCore
import Vapor

/// A `multipart/form-data` body read as it arrives: files go straight to temporary files, other
/// fields are kept as text. Nothing is held in memory whole, and a file over the limit stops the
/// reading at once with what was written removed; the fields read before it are kept, so a form
/// can be shown again with what was typed. Routes using it take their body as a stream.
package struct MultipartUpload: Sendable {
    package private(set) var fields: [String: [String]] = [:]
    package private(set) var files: [UploadedFile] = []
    /// Why the upload was stopped (413 for a file too large, 422 for too many); its files are gone.
    package fileprivate(set) var failure: UserFacingError?

    package func field(_ name: String) -> String? { fields[name]?.first }

    /// Deletes the temporary files; the caller does so once it has moved on what it keeps.
    package func removeFiles() {
        for file in files { try? FileManager.default.removeItem(at: file.url) }
    }

    /// Reads the request. `maxFileBytes` is per file; more than `maxFiles` files is refused (422).
    package static func read(_ req: Request, maxFileBytes: Int, maxFiles: Int) async throws -> MultipartUpload {
        guard let contentType = req.headers.contentType, contentType.type == "multipart", contentType.subType == "form-data",
              let boundary = contentType.parameters["boundary"] else {
            throw UserFacingError(.unprocessableEntity, MediaText.notMultipart)
        }
        let folder = req.config.temporaryFolder
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let receiver = MultipartReceiver(folder: folder, maxFileBytes: maxFileBytes, maxFiles: maxFiles)
        let parser = MultipartParser(boundary: boundary)
        parser.onHeader = { receiver.header($0, $1) }
        parser.onBody = { receiver.body(&$0) }
        parser.onPartComplete = { receiver.partComplete() }
        do {
            if let collected = req.body.data {
                try parser.execute(collected)
                try receiver.check()
            } else if Self.hasBody(req) {
                for try await chunk in req.body {
                    try parser.execute(chunk)
                    try receiver.check()
                }
            }
            try receiver.check()
        } catch let failure as UserFacingError {
            receiver.discard()
            var partial = receiver.result
            partial.failure = failure
            return partial
        } catch {
            receiver.discard()
            throw error
        }
        return receiver.result
    }

    /// A request without body has no stream to read (Vapor stops the process if one asks for it).
    private static func hasBody(_ req: Request) -> Bool {
        if let length = req.headers.first(name: .contentLength) { return Int(length).map { $0 > 0 } ?? false }
        return req.headers.contains(name: .transferEncoding)
    }
}

/// The parser's callbacks: state of the part being read. Used by one task only.
private final class MultipartReceiver: @unchecked Sendable {
    private let folder: URL
    private let maxFileBytes: Int
    private let maxFiles: Int
    private var headers: [String: String] = [:]
    private var handle: FileHandle?
    private var fileURL: URL?
    private var written = 0
    private var text = Data()
    private var tooLarge = false
    private var tooMany = false
    private var failure: (any Error)?
    private(set) var result = MultipartUpload()

    /// Text fields are short (a post is at most 5,000 characters); a longer one is refused, not cut.
    private static let maxFieldBytes = 64 * 1024

    init(folder: URL, maxFileBytes: Int, maxFiles: Int) {
        self.folder = folder
        self.maxFileBytes = maxFileBytes
        self.maxFiles = maxFiles
    }

    func header(_ name: String, _ value: String) {
        headers[name.lowercased()] = value
    }

    func body(_ buffer: inout ByteBuffer) {
        guard failure == nil, !tooLarge, !tooMany else { return }
        let bytes = buffer.readBytes(length: buffer.readableBytes) ?? []
        if isFile {
            do {
                if handle == nil {
                    try openFile()
                    if tooMany { return }
                }
                written += bytes.count
                if written > maxFileBytes {
                    tooLarge = true
                    removePartialFile()
                    return
                }
                try handle?.write(contentsOf: bytes)
            } catch {
                failure = error
            }
        } else if text.count + bytes.count <= Self.maxFieldBytes {
            text.append(contentsOf: bytes)
        } else {
            failure = UserFacingError(.payloadTooLarge, CoreText.payloadTooLarge)
        }
    }

    func partComplete() {
        defer {
            headers = [:]
            handle = nil
            fileURL = nil
            written = 0
            text = Data()
        }
        guard let name = parameter("name"), failure == nil, !tooLarge, !tooMany else { return }
        if isFile {
            // A file field left empty in a browser form still sends a part, without bytes.
            if handle == nil, written == 0 { return }
            try? handle?.close()
            guard let fileURL else { return }
            result.appendFile(UploadedFile(field: name, url: fileURL, filename: parameter("filename"),
                                           declaredType: headers["content-type"], byteCount: written))
        } else if text.contains(0) {
            // The middleware that refuses NUL in forms cannot read a streamed body; databases refuse it (PostgreSQL) or keep it.
            failure = UserFacingError(.badRequest, CoreText.nulCharacter)
        } else {
            result.appendField(name, String(decoding: text, as: UTF8.self))
        }
    }

    /// Stops the upload as soon as a limit is passed.
    func check() throws {
        if let failure { throw failure }
        if tooLarge { throw UserFacingError(.payloadTooLarge, MediaText.fileTooLarge(megabytes: maxFileBytes >> 20)) }
        if tooMany { throw UserFacingError(.unprocessableEntity, MediaText.tooManyFiles(maxFiles)) }
    }

    func discard() {
        removePartialFile()
        result.removeFiles()
        result.dropFiles()
    }

    private func removePartialFile() {
        try? handle?.close()
        handle = nil
        if let fileURL { try? FileManager.default.removeItem(at: fileURL) }
        fileURL = nil
    }

    private var isFile: Bool { parameter("filename") != nil }

    private func openFile() throws {
        guard result.files.count < maxFiles else {
            tooMany = true
            return
        }
        let url = folder.appendingPathComponent("upload-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else { throw Abort(.internalServerError) }
        fileURL = url
        handle = try FileHandle(forWritingTo: url)
    }

    /// A parameter of the part's Content-Disposition, such as `name` or `filename`.
    private func parameter(_ key: String) -> String? {
        guard let disposition = headers["content-disposition"] else { return nil }
        for piece in disposition.split(separator: ";").dropFirst() {
            let pair = piece.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == key else { continue }
            var value = pair[1].trimmingCharacters(in: .whitespaces)
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            return value
        }
        return nil
    }
}

extension MultipartUpload {
    fileprivate mutating func appendFile(_ file: UploadedFile) { files.append(file) }
    fileprivate mutating func dropFiles() { files.removeAll() }
    fileprivate mutating func appendField(_ name: String, _ value: String) { fields[name, default: []].append(value) }
}
