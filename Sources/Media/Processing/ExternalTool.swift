import Foundation

/// One of the command-line programs that decode and encode media: `vips`, `vipsheader`, `ffmpeg`,
/// `ffprobe`.
///
/// Media is handled by separate processes rather than by linked C libraries: SwiftPM needs no module
/// map or linker flags, a decoder that crashes or exhausts memory on a hostile file (a decompression
/// bomb) ends only its own process and never the server, and the tools are the ones Debian ships and
/// patches.
package struct ExternalTool: Sendable {
    /// Serialises `Process.run`, see `run(_:onOutputLine:)`.
    private static let launches = NSLock()

    package let name: String

    package init(_ name: String) {
        self.name = name
    }

    /// Runs the tool to its end and returns what it wrote to standard output.
    ///
    /// Both pipes are drained while the tool runs, so a chatty tool never blocks on a full pipe.
    /// `onOutputLine` sees each line of standard output as it arrives (for progress reports).
    /// Cancelling the calling task terminates the tool.
    /// - Throws: `ExternalToolFailure` when the tool exits with a non-zero status,
    ///   `MediaProcessingError.toolFailed` when it cannot be started.
    @discardableResult
    package func run(
        _ arguments: [String],
        onOutputLine: (@Sendable (String) async -> Void)? = nil
    ) async throws -> Data {
        guard let executable = Self.locate(name) else {
            throw MediaProcessingError.toolFailed("\(name) is not installed (see scripts/install-media-tools.sh)")
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        let outputPipe = Pipe()
        let errorPipe = Pipe()
        process.standardOutput = outputPipe
        process.standardError = errorPipe
        let exit = AsyncStream<Int32>.makeStream(bufferingPolicy: .bufferingNewest(1))
        process.terminationHandler = { finished in
            exit.continuation.yield(finished.terminationStatus)
            exit.continuation.finish()
        }
        do {
            // Foundation's Process.run on Linux is not safe to call from several threads at once (it
            // crashed copying memory while tests uploaded pictures in parallel): one launch at a time.
            try Self.launches.withLock { try process.run() }
        } catch {
            throw MediaProcessingError.toolFailed("\(name) could not be started: \(error)")
        }

        return try await withTaskCancellationHandler {
            async let errorOutput = Self.collect(Self.chunks(of: errorPipe.fileHandleForReading))
            var output = Data()
            var lines = LineBuffer()
            for await chunk in Self.chunks(of: outputPipe.fileHandleForReading) {
                output.append(chunk)
                guard let onOutputLine else { continue }
                for line in lines.append(chunk) {
                    await onOutputLine(line)
                }
            }
            let standardError = await errorOutput
            var status: Int32 = -1
            for await exitStatus in exit.stream {
                status = exitStatus
            }
            guard status == 0 else {
                throw ExternalToolFailure(
                    tool: name, status: status,
                    standardError: String(decoding: standardError, as: UTF8.self)
                )
            }
            return output
        } onCancel: {
            process.terminate()
        }
    }

    /// The pipe's data as it arrives, read on a dispatch thread so blocking reads never hold up
    /// Swift's cooperative thread pool.
    private static func chunks(of handle: FileHandle) -> AsyncStream<Data> {
        AsyncStream { continuation in
            DispatchQueue.global().async {
                while let chunk = try? handle.read(upToCount: 64 * 1024), !chunk.isEmpty {
                    continuation.yield(chunk)
                }
                continuation.finish()
            }
        }
    }

    private static func collect(_ chunks: AsyncStream<Data>) async -> Data {
        var data = Data()
        for await chunk in chunks {
            data.append(chunk)
        }
        return data
    }

    private static func locate(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":")
            .map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}
