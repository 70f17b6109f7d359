import Foundation
import NIOCore

/// The command-and-reply exchange on one open connection.
struct SMTPSession {
    var replies: NIOAsyncChannelInboundStream<SMTPReply>.AsyncIterator
    let outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>

    mutating func expect(_ codes: Set<Int>, after command: String) async throws {
        guard let reply = try await replies.next() else { throw SMTPError.connectionClosed }
        guard codes.contains(reply.code) else { throw SMTPError.rejected(command: command, reply: reply) }
    }

    /// Sends one command line; `describedAs` names it in errors where the line itself holds a secret or
    /// an address.
    @discardableResult
    mutating func command(_ line: String, describedAs name: String? = nil, expecting codes: Set<Int>) async throws -> SMTPReply {
        try await write(line + "\r\n")
        guard let reply = try await replies.next() else { throw SMTPError.connectionClosed }
        guard codes.contains(reply.code) else { throw SMTPError.rejected(command: name ?? line, reply: reply) }
        return reply
    }

    mutating func write(_ text: String) async throws {
        do {
            try await outbound.write(ByteBuffer(string: text))
        } catch {
            // A write fails on a closed connection; why it closed (a refused certificate) waits on the inbound side.
            _ = try await replies.next()
            throw error
        }
    }

    /// EHLO; returns the extensions the server offers, upper-cased keyword to parameters
    /// (`AUTH` → `PLAIN`, `LOGIN`).
    mutating func hello(_ clientName: String) async throws -> [String: [String]] {
        let reply = try await command("EHLO \(clientName)", describedAs: "EHLO", expecting: [250])
        var extensions: [String: [String]] = [:]
        for line in reply.lines.dropFirst() {
            // Some servers still write the old `AUTH=LOGIN` form.
            let words = line.uppercased().replacingOccurrences(of: "=", with: " ").split(separator: " ").map(String.init)
            guard let keyword = words.first else { continue }
            extensions[keyword, default: []].append(contentsOf: words.dropFirst())
        }
        return extensions
    }

    /// AUTH PLAIN when the server offers it, else AUTH LOGIN (RFC 4954, 4616).
    mutating func authenticate(username: String, password: String, offered: [String]) async throws {
        if offered.contains("PLAIN") {
            let credentials = Data([0] + Array(username.utf8) + [0] + Array(password.utf8)).base64EncodedString()
            try await command("AUTH PLAIN \(credentials)", describedAs: "AUTH PLAIN", expecting: [235])
        } else if offered.contains("LOGIN") {
            try await command("AUTH LOGIN", expecting: [334])
            try await command(Data(username.utf8).base64EncodedString(), describedAs: "AUTH LOGIN (user name)", expecting: [334])
            try await command(Data(password.utf8).base64EncodedString(), describedAs: "AUTH LOGIN (password)", expecting: [235])
        } else {
            throw SMTPError.noUsableAuthentication(offered: offered)
        }
    }
}
