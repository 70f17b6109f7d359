/// Why a delivery failed, in words an administrator can act on; never with a password in it.
enum SMTPError: Error, CustomStringConvertible {
    /// The server answered a command with a code it should not have.
    case rejected(command: String, reply: SMTPReply)
    case protocolViolation(String)
    case connectionClosed
    case timedOut(seconds: Int)
    /// The server offers no encryption, and the password would cross the network readable.
    case unencryptedAuthentication
    case noUsableAuthentication(offered: [String])

    var description: String {
        switch self {
        case .rejected(let command, let reply): "\(command): \(reply.summary)"
        case .protocolViolation(let detail): "the mail server broke the protocol: \(detail)"
        case .connectionClosed: "the mail server closed the connection"
        case .timedOut(let seconds): "no answer from the mail server within \(seconds) s"
        case .unencryptedAuthentication:
            "the mail server offers no STARTTLS: the password is not sent unencrypted (use smtps:// or a server with STARTTLS)"
        case .noUsableAuthentication(let offered):
            "the mail server offers no AUTH PLAIN or LOGIN (offered: \(offered.isEmpty ? "none" : offered.joined(separator: " ")))"
        }
    }

    /// A refusal of this very message (sender, recipient or content, 5xx): trying again cannot help.
    /// Other failures (a server that is down, busy or misconfigured) are worth another attempt.
    var isPermanent: Bool {
        guard case .rejected(let command, let reply) = self else { return false }
        return reply.code >= 500 && ["MAIL FROM", "RCPT TO", "DATA", "message"].contains(command)
    }
}
