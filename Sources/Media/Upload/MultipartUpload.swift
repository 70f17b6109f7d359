import Foundation
import TreffpunktCore
import Vapor

/// A `multipart/form-data` body read as it arrives: files go straight to temporary files, other
/// fields are kept as text. Nothing is held in memory whole, and a file over the limit stops the
/// reading at once with what was written removed; the fields read before it are kept, so a form
/// can be shown again with what was typed. Routes using it take their body as a stream, and this
/// reader is what bounds it: every streamed route reads its body here or collects it with the
/// ordinary limit, after checking who asks.
package struct MultipartUpload: Sendable {
    package private(set) var fields: [String: [String]] = [:]
    package private(set) var files: [UploadedFile] = []
    /// Why the upload was stopped (413 for a request or file too large, 422 for too many files); its files are gone.
    package fileprivate(set) var failure: UserFacingError?

    package func field(_ name: String) -> String? { fields[name]?.first }

    /// Deletes the temporary files; the caller does so once it has moved on what it keeps.
    package func removeFiles() {
        for file in files { try? FileManager.default.removeItem(at: file.url) }
    }

    /// Reads the request. `maxFileBytes` is per file; more than `maxFiles` files is refused (422).
    ///
    /// The whole request is bounded too (413), on every route: its files together by what `maxFiles`
    /// files may hold and never more than the largest upload (`MediaLimits.maxUploadBytes`);
    /// everything else (fields, names, part headers) together by the limit of a form without files
    /// (`defaultMaxBodySize`), so many small fields cannot fill the memory. A request that announces
    /// more in its Content-Length is refused at its first file byte: only the fields before it are
    /// read, so the form can still be shown with what was typed.
    package static func read(_ req: Request, maxFileBytes: Int, maxFiles: Int) async throws -> MultipartUpload {
        guard let contentType = req.headers.contentType, contentType.type == "multipart", contentType.subType == "form-data",
              let boundary = contentType.parameters["boundary"] else {
            throw UserFacingError(.unprocessableEntity, MediaText.notMultipart)
        }
        let budget = UploadBudget(fileBytes: min(maxFileBytes * maxFiles, req.config.mediaLimits.maxUploadBytes),
                                  formBytes: req.application.routes.defaultMaxBodySize.value)
        let announced = req.headers.first(name: .contentLength).flatMap { Int($0) } ?? 0
        let folder = req.config.temporaryFolder
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let receiver = MultipartReceiver(folder: folder, maxFileBytes: maxFileBytes, maxFiles: maxFiles, budget: budget,
                                         acceptsFiles: announced <= budget.totalBytes)
        let parser = MultipartParser(boundary: boundary)
        parser.onHeader = { receiver.header($0, $1) }
        parser.onBody = { receiver.body(&$0) }
        parser.onPartComplete = { receiver.partComplete() }
        do {
            if let collected = req.body.data {
                try receiver.receive(collected, into: parser)
            } else if Self.hasBody(req) {
                for try await chunk in req.body {
                    try receiver.receive(chunk, into: parser)
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

/// How much one request may carry: its files together, and everything else together.
private struct UploadBudget {
    let fileBytes: Int
    let formBytes: Int

    var totalBytes: Int { fileBytes + formBytes }
    var filesTooLarge: UserFacingError { UserFacingError(.payloadTooLarge, MediaText.requestTooLarge(megabytes: fileBytes >> 20)) }
    var formTooLarge: UserFacingError { UserFacingError(.payloadTooLarge, MediaText.formFieldsTooLarge(kilobytes: formBytes >> 10)) }
}

/// The parser's callbacks: state of the part being read. Used by one task only.
private final class MultipartReceiver: @unchecked Sendable {
    private let folder: URL
    private let maxFileBytes: Int
    private let maxFiles: Int
    private let budget: UploadBudget
    /// False when the request announced more than the budget: its first file byte ends the reading.
    private let acceptsFiles: Bool
    private var headers: [String: String] = [:]
    private var handle: FileHandle?
    private var fileURL: URL?
    private var written = 0
    /// Bytes of the request so far, and how many of them were file contents.
    private var received = 0
    private var fileBytes = 0
    private var text = Data()
    private var tooLarge = false
    private var tooMany = false
    private var failure: (any Error)?
    private(set) var result = MultipartUpload()

    /// Text fields are short (a post is at most 5,000 characters); a longer one is refused, not cut.
    private static let maxFieldBytes = 64 * 1024

    init(folder: URL, maxFileBytes: Int, maxFiles: Int, budget: UploadBudget, acceptsFiles: Bool) {
        self.folder = folder
        self.maxFileBytes = maxFileBytes
        self.maxFiles = maxFiles
        self.budget = budget
        self.acceptsFiles = acceptsFiles
    }

    /// One piece of the body, counted and parsed; throws as soon as a limit is passed.
    func receive(_ chunk: ByteBuffer, into parser: MultipartParser) throws {
        received += chunk.readableBytes
        try parser.execute(chunk)
        try check()
    }

    func header(_ name: String, _ value: String) {
        headers[name.lowercased()] = value
    }

    func body(_ buffer: inout ByteBuffer) {
        guard failure == nil, !tooLarge, !tooMany else { return }
        let bytes = buffer.readBytes(length: buffer.readableBytes) ?? []
        if isFile {
            guard acceptsFiles || bytes.isEmpty else {
                failure = budget.filesTooLarge
                return
            }
            do {
                if handle == nil {
                    try openFile()
                    if tooMany { return }
                }
                written += bytes.count
                fileBytes += bytes.count
                if written > maxFileBytes {
                    tooLarge = true
                    removePartialFile()
                    return
                }
                if fileBytes > budget.fileBytes {
                    failure = budget.filesTooLarge
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
        if received - fileBytes > budget.formBytes { throw budget.formTooLarge }
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
