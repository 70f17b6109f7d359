import Foundation
import NIOCore

/// A server's reply: a three-digit code and its text lines (more than one for `250-…` continuations).
struct SMTPReply: Sendable, Equatable {
    let code: Int
    let lines: [String]

    /// The reply as an administrator reads it in the outbox: `550 5.1.1 No such user`.
    var summary: String {
        "\(code) " + lines.joined(separator: " ").prefix(300)
    }
}

/// Cuts the server's byte stream into replies (RFC 5321, 4.2): lines `250-…` continue, `250 …` ends one.
/// A line longer than 4 KB or a reply of more than 100 lines is a broken server, not something to buffer.
struct SMTPReplyDecoder: ByteToMessageDecoder {
    typealias InboundOut = SMTPReply
    private static let maxLineLength = 4096
    private static let maxLines = 100
    private var pendingLines: [String] = []

    mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard let newline = buffer.readableBytesView.firstIndex(of: UInt8(ascii: "\n")) else {
            if buffer.readableBytes > Self.maxLineLength { throw SMTPError.protocolViolation("reply line longer than 4096 bytes") }
            return .needMoreData
        }
        let bytes = buffer.readBytes(length: newline - buffer.readerIndex + 1) ?? []
        let line = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .newlines)
        let characters = Array(line)
        guard characters.count >= 3, let code = Int(String(characters[0..<3])), (200...599).contains(code) else {
            throw SMTPError.protocolViolation("unreadable reply '\(line.prefix(100))'")
        }
        let text = characters.count > 4 ? String(characters[4...]) : ""
        pendingLines.append(text)
        if characters.count > 3 && characters[3] == "-" {
            if pendingLines.count > Self.maxLines { throw SMTPError.protocolViolation("reply of more than 100 lines") }
            return .continue
        }
        let reply = SMTPReply(code: code, lines: pendingLines)
        pendingLines = []
        context.fireChannelRead(wrapInboundOut(reply))
        return .continue
    }

    mutating func decodeLast(context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool) throws -> DecodingState {
        while try decode(context: context, buffer: &buffer) == .continue {}
        return .needMoreData
    }
}
