import Foundation
import NIOCore
import NIOPosix
import NIOSSL
import TreffpunktCore

/// Hands one message to an SMTP server (RFC 5321): EHLO, STARTTLS when the server offers it (or TLS from
/// the first byte for `smtps://`), AUTH PLAIN or LOGIN when a user name is configured, MAIL FROM, RCPT TO,
/// DATA with dot-stuffing, QUIT. One connection per message keeps it simple; Treffpunkt sends little mail.
struct SMTPClient: Sendable {
    let server: MailSettings.Server
    let eventLoopGroup: any EventLoopGroup
    /// Certificates are checked against the system's roots and the host name; tests trust their own.
    let tls: TLSConfiguration
    /// The name this side gives in EHLO: the host of the public address.
    let clientName: String
    /// For the whole conversation: a server that stops answering must not hold the sender forever.
    var timeout: Duration = .seconds(60)

    /// Sends `message` (headers and body, CRLF line endings) from `sender` to `recipient`.
    /// - Throws: `SMTPError`, or the network's or TLS's own error.
    func send(_ message: String, from sender: String, to recipient: String) async throws {
        let sslContext = try NIOSSLContext(configuration: tls)
        let seconds = Int(timeout.components.seconds)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await converse(message, from: sender, to: recipient, sslContext: sslContext) }
            group.addTask {
                try await Task.sleep(for: timeout)
                throw SMTPError.timedOut(seconds: seconds)
            }
            defer { group.cancelAll() }
            try await group.next()
        }
    }

    private func converse(_ message: String, from sender: String, to recipient: String, sslContext: NIOSSLContext) async throws {
        let (host, implicitTLS) = (server.host, server.security == .implicitTLS)
        let channel = try await ClientBootstrap(group: eventLoopGroup)
            .connectTimeout(.seconds(15))
            .connect(host: host, port: server.port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    if implicitTLS {
                        try channel.pipeline.syncOperations.addHandler(try Self.tlsHandler(sslContext, host: host))
                    }
                    try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(SMTPReplyDecoder()))
                    return try NIOAsyncChannel<SMTPReply, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        try await channel.executeThenClose { inbound, outbound in
            var session = SMTPSession(replies: inbound.makeAsyncIterator(), outbound: outbound)
            try await session.expect([220], after: "connect")
            var extensions = try await session.hello(clientName)
            var encrypted = implicitTLS
            if !encrypted, extensions["STARTTLS"] != nil {
                try await session.command("STARTTLS", expecting: [220])
                // Nothing more arrives in clear text after the 220: TLS goes in front of everything else.
                try await channel.channel.eventLoop.submit {
                    try channel.channel.pipeline.syncOperations.addHandler(try Self.tlsHandler(sslContext, host: host), position: .first)
                }.get()
                encrypted = true
                extensions = try await session.hello(clientName)
            }
            if let username = server.username {
                guard encrypted || Self.isLoopback(host) else { throw SMTPError.unencryptedAuthentication }
                try await session.authenticate(username: username, password: server.password ?? "",
                                               offered: extensions["AUTH"] ?? [])
            }
            try await session.command("MAIL FROM:<\(sender)>", describedAs: "MAIL FROM", expecting: [250])
            try await session.command("RCPT TO:<\(recipient)>", describedAs: "RCPT TO", expecting: [250, 251])
            try await session.command("DATA", expecting: [354])
            try await session.write(Self.dotStuffed(message) + ".\r\n")
            try await session.expect([250], after: "message")
            // The message is delivered; a server that hangs up without a goodbye changes nothing.
            try? await session.command("QUIT", expecting: [221])
        }
    }

    private static func tlsHandler(_ context: NIOSSLContext, host: String) throws -> NIOSSLClientHandler {
        // An address is checked against the certificate's IP entries; SNI carries names only.
        let isAddress = IPv4Address(host) != nil || host.contains(":")
        return try NIOSSLClientHandler(context: context, serverHostname: isAddress ? nil : host)
    }

    private static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host.hasPrefix("127.") || host == "::1"
    }

    /// Lines that begin with a dot get a second one (RFC 5321, 4.5.2), so no line ends the data early;
    /// the message then ends with CRLF, ready for the final `.`.
    static func dotStuffed(_ message: String) -> String {
        var lines = message.components(separatedBy: "\r\n")
        if lines.last == "" { lines.removeLast() }
        return lines.map { $0.hasPrefix(".") ? "." + $0 : $0 }.joined(separator: "\r\n") + "\r\n"
    }
}

/// Plain dotted IPv4 addresses, to tell them from host names.
private struct IPv4Address {
    init?(_ text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4, parts.allSatisfy({ UInt8($0) != nil }) else { return nil }
    }
}
