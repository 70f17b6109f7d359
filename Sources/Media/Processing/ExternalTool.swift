import Foundation
import Subprocess

/// One of the command-line programs that decode and encode media: `vips`, `vipsheader`, `ffmpeg`,
/// `ffprobe`.
///
/// Media is handled by separate processes rather than by linked C libraries: SwiftPM needs no module
/// map or linker flags, a decoder that crashes or exhausts memory on a hostile file (a decompression
/// bomb) ends only its own process and never the server, and the tools are the ones Debian ships and
/// patches. The processes are started with swift-subprocess, not Foundation's `Process`, whose
/// `run()` on Linux reads past a buffer while it lists open files and crashed now and then.
package struct ExternalTool: Sendable {
    package let name: String
    /// How long one run may take before the tool is killed; `nil` for tools that always end by themselves.
    package let timeout: Duration?

    package init(_ name: String, timeout: Duration? = nil) {
        self.name = name
        self.timeout = timeout
    }

    /// Runs the tool to its end and returns what it wrote to standard output.
    ///
    /// Both pipes are drained while the tool runs, so a chatty tool never blocks on a full pipe.
    /// `onOutputLine` sees each line of standard output as it arrives (for progress reports).
    /// Cancelling the calling task terminates the tool, and so does the timeout.
    /// - Throws: `ExternalToolFailure` when the tool exits with a non-zero status,
    ///   `MediaProcessingError.timedOut` when it ran past its timeout,
    ///   `MediaProcessingError.toolFailed` when it cannot be started.
    @discardableResult
    package func run(
        _ arguments: [String],
        onOutputLine: (@Sendable (String) async -> Void)? = nil
    ) async throws -> Data {
        guard let timeout else { return try await runToEnd(arguments, onOutputLine: onOutputLine) }
        // The tool races a timer; whichever ends first cancels the other, and a cancelled run kills the tool.
        return try await withThrowingTaskGroup(of: Data?.self) { group in
            group.addTask { try await runToEnd(arguments, onOutputLine: onOutputLine) }
            group.addTask {
                try await Task.sleep(for: timeout)
                return nil
            }
            defer { group.cancelAll() }
            guard let output = try await group.next() ?? nil else { throw MediaProcessingError.timedOut(name) }
            return output
        }
    }

    private func runToEnd(_ arguments: [String], onOutputLine: (@Sendable (String) async -> Void)?) async throws -> Data {
        let result: ExecutionResult<(output: Data, errors: Data), SequenceOutput, SequenceOutput>
        do {
            result = try await Subprocess.run(
                .name(name), arguments: Arguments(arguments), input: .none, output: .sequence, error: .sequence
            ) { execution in
                async let errors = Self.collect(execution.standardError)
                var output = Data()
                var lines = LineBuffer()
                for try await buffer in execution.standardOutput {
                    let chunk = buffer.withUnsafeBytes { Data($0) }
                    output.append(chunk)
                    guard let onOutputLine else { continue }
                    for line in lines.append(chunk) {
                        await onOutputLine(line)
                    }
                }
                return (output, try await errors)
            }
        } catch let error as SubprocessError where error.code == .executableNotFound {
            throw MediaProcessingError.toolFailed("\(name) is not installed (see scripts/install-media-tools.sh)")
        } catch let error as SubprocessError {
            throw MediaProcessingError.toolFailed("\(name) could not be run: \(error)")
        }
        guard case .exited(0) = result.terminationStatus else {
            throw ExternalToolFailure(
                tool: name, status: result.terminationStatus.exitCode,
                standardError: String(decoding: result.closureResult.errors, as: UTF8.self)
            )
        }
        return result.closureResult.output
    }

    private static func collect(_ chunks: SubprocessOutputSequence) async throws -> Data {
        var data = Data()
        for try await buffer in chunks {
            buffer.withUnsafeBytes { data.append(contentsOf: $0) }
        }
        return data
    }
}

extension TerminationStatus {
    /// The exit code, or the negated signal number for a tool that was killed.
    fileprivate var exitCode: Int32 {
        switch self {
        case .exited(let code): code
        case .signaled(let signal): -signal
        }
    }
}
