import Foundation
import NIOCore
import NIOPosix
import Subprocess
import Synchronization
import SystemPackage
import TreffpunktCore
#if canImport(Glibc)
import Glibc
#endif

/// The repository's folder: `.venv/` and `scripts/mail/` live there.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let python = root.appendingPathComponent(".venv/bin/python").path
    static let sink = root.appendingPathComponent("scripts/mail/smtp_sink.py").path
}

struct SMTPTestServerError: Error, CustomStringConvertible {
    let description: String
}

/// A real SMTP server for one test: `scripts/mail/smtp_sink.py` (aiosmtpd from the repository's `.venv`)
/// as a child process, writing every message it accepts into a maildir of its own.
/// A machine without aiosmtpd fails the test with the command that installs it: never a silent skip.
final class SMTPTestServer: Sendable {
    let port: Int
    let maildir: URL

    /// The settings of an application that sends its mail here (STARTTLS when offered, no login).
    var mailSettings: MailSettings {
        MailSettings(server: .init(host: "127.0.0.1", port: port, security: .startTLSWhenOffered),
                     sender: "Treffpunkt <noreply@musterfirma.de>")
    }
    private let process = ProcessState()
    private let output: Task<String, any Error>

    private final class ProcessState: Sendable {
        let id = Mutex<pid_t?>(nil)
        let exited = Mutex(false)
    }

    private init(port: Int, maildir: URL, options: [String]) {
        self.port = port
        self.maildir = maildir
        let arguments = [Repository.sink, "serve", "--port", String(port), "--maildir", maildir.path] + options
        let process = self.process
        output = Task {
            defer { process.exited.withLock { $0 = true } }
            let result = try await Subprocess.run(
                .path(FilePath(Repository.python)), arguments: Arguments(arguments),
                input: .none, output: .sequence, error: .combinedWithOutput
            ) { execution in
                process.id.withLock { $0 = execution.processIdentifier.value }
                var bytes = Data()
                for try await chunk in execution.standardOutput {
                    chunk.withUnsafeBytes { bytes.append(contentsOf: $0) }
                }
                return String(decoding: bytes, as: UTF8.self)
            }
            return result.closureResult
        }
    }

    /// Starts the server on `port` (a free one by default) and returns once the port accepts connections.
    static func start(port: Int? = nil, options: [String] = []) async throws -> SMTPTestServer {
        guard FileManager.default.isExecutableFile(atPath: Repository.python) else {
            throw SMTPTestServerError(description: "no \(Repository.python): run scripts/python-venv.sh scripts/mail/requirements.txt "
                + "(make test-sqlite does) to install aiosmtpd for the mail tests")
        }
        let maildir = FileManager.default.temporaryDirectory.appendingPathComponent("treffpunkt-mail-\(UUID().uuidString)")
        let chosenPort = if let port { port } else { try await freePort() }
        let server = SMTPTestServer(port: chosenPort, maildir: maildir, options: options)
        do {
            try await server.waitUntilListening()
        } catch {
            await server.stop()
            throw error
        }
        return server
    }

    /// Ends the server and removes its maildir.
    func stop() async {
        if let pid = process.id.withLock({ $0 }) {
            kill(pid, SIGTERM)
        }
        _ = await output.result
        try? FileManager.default.removeItem(at: maildir)
    }

    /// The messages delivered so far, oldest first.
    func deliveredFiles() throws -> [URL] {
        let folder = maildir.appendingPathComponent("new")
        guard FileManager.default.fileExists(atPath: folder.path) else { return [] }
        return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// Polls the port until the server accepts a connection; a server that exits first fails with its output.
    private func waitUntilListening() async throws {
        let deadline = ContinuousClock.now + .seconds(30)
        while ContinuousClock.now < deadline {
            if process.exited.withLock({ $0 }) {
                let log = (try? await output.value) ?? ""
                throw SMTPTestServerError(description: "the SMTP test server exited at once. If aiosmtpd is missing, run "
                    + "scripts/python-venv.sh scripts/mail/requirements.txt (make test-sqlite does). Its output:\n\(log)")
            }
            if await Self.accepts(port: port) { return }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw SMTPTestServerError(description: "the SMTP test server did not listen on port \(port) within 30 s")
    }

    /// Whether something accepts connections on the port of 127.0.0.1.
    static func accepts(port: Int) async -> Bool {
        guard let channel = try? await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connectTimeout(.seconds(1))
            .connect(host: "127.0.0.1", port: port).get() else { return false }
        try? await channel.close()
        return true
    }

    /// A port of 127.0.0.1 that nothing listens on right now.
    static func freePort() async throws -> Int {
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .bind(host: "127.0.0.1", port: 0).get()
        let port = channel.localAddress?.port
        try await channel.close()
        guard let port else { throw SMTPTestServerError(description: "no free port") }
        return port
    }
}

/// Runs `body` with a server that is stopped afterwards, also when the test fails.
func withSMTPTestServer<T>(port: Int? = nil, options: [String] = [], _ body: (SMTPTestServer) async throws -> T) async throws -> T {
    let server = try await SMTPTestServer.start(port: port, options: options)
    do {
        let result = try await body(server)
        await server.stop()
        return result
    } catch {
        await server.stop()
        throw error
    }
}
