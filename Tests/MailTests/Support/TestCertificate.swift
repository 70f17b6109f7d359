import Foundation
import NIOSSL
import Subprocess

/// A self-signed certificate for `localhost` and 127.0.0.1, made with openssl for one test, and the
/// client configuration that trusts it (and nothing else).
struct TestCertificate {
    let certificate: String
    let key: String
    let folder: URL

    static func make() async throws -> TestCertificate {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("treffpunkt-tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let certificate = folder.appendingPathComponent("cert.pem").path
        let key = folder.appendingPathComponent("key.pem").path
        let result = try await Subprocess.run(
            .name("openssl"),
            arguments: ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                        "-keyout", key, "-out", certificate, "-days", "1", "-subj", "/CN=localhost",
                        "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"],
            output: .discarded, error: .string(limit: 1 << 16)
        )
        guard case .exited(0) = result.terminationStatus else {
            throw SMTPTestServerError(description: "openssl could not make a test certificate: \(result.standardError ?? "")")
        }
        return TestCertificate(certificate: certificate, key: key, folder: folder)
    }

    /// The sink's options to require STARTTLS, or to speak TLS from the first byte.
    func serverOptions(implicit: Bool = false) -> [String] {
        ["--tls-cert", certificate, "--tls-key", key] + (implicit ? ["--implicit-tls"] : [])
    }

    var trustingClient: TLSConfiguration {
        get throws {
            var configuration = TLSConfiguration.makeClientConfiguration()
            configuration.trustRoots = .certificates(try NIOSSLCertificate.fromPEMFile(certificate))
            return configuration
        }
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}
