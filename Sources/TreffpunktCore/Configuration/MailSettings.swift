import Foundation

/// Where Treffpunkt's e-mail goes. Operators set `SMTP_URL` (`smtp://user:pass@host:port`, or `smtps://`
/// for TLS from the first byte) and `SMTP_FROM`; without a server every message waits in the outbox,
/// where administrators read it.
package struct MailSettings: Sendable, Equatable {
    package enum Security: Sendable, Equatable {
        /// `smtp://`: plain TCP, upgraded with STARTTLS whenever the server offers it.
        case startTLSWhenOffered
        /// `smtps://`: TLS from the first byte (port 465).
        case implicitTLS
    }

    package struct Server: Sendable, Equatable {
        package var host: String
        package var port: Int
        package var security: Security
        package var username: String?
        package var password: String?

        package init(host: String, port: Int, security: Security, username: String? = nil, password: String? = nil) {
            self.host = host
            self.port = port
            self.security = security
            self.username = username
            self.password = password
        }
    }

    /// `nil`: nothing is sent; the outbox keeps every message for administrators to read.
    package var server: Server?
    /// The `From` header, `Name <address>` or a bare address.
    package var sender: String

    package init(server: Server? = nil, sender: String) {
        self.server = server
        self.sender = sender
    }

    /// `Treffpunkt <noreply@HOST>` with the host people reach this installation at.
    package static func defaultSender(publicURL: String) -> String {
        let host = URLComponents(string: publicURL)?.host.flatMap { $0.isEmpty ? nil : $0 } ?? "localhost"
        return "Treffpunkt <noreply@\(host)>"
    }

    /// Reads `smtp://user:pass@host:port` or `smtps://…`; user name and password may be percent-encoded.
    /// `smtp://` defaults to port 25, `smtps://` to 465. Returns a sentence saying what is wrong instead.
    package static func server(fromURL text: String) -> Result<Server, MailSettingsProblem> {
        guard let url = URLComponents(string: text), let scheme = url.scheme?.lowercased() else {
            return .failure(MailSettingsProblem("must look like smtp://user:password@host:587 or smtps://host:465"))
        }
        let security: Security
        switch scheme {
        case "smtp": security = .startTLSWhenOffered
        case "smtps": security = .implicitTLS
        default: return .failure(MailSettingsProblem("must start with smtp:// or smtps://, got '\(scheme)://'"))
        }
        guard let host = url.host, !host.isEmpty else { return .failure(MailSettingsProblem("names no host")) }
        let port = url.port ?? (security == .implicitTLS ? 465 : 25)
        guard (1...65535).contains(port) else { return .failure(MailSettingsProblem("has a port outside 1...65535")) }
        let username = url.percentEncodedUser.flatMap { $0.removingPercentEncoding }.flatMap { $0.isEmpty ? nil : $0 }
        let password = url.percentEncodedPassword.flatMap { $0.removingPercentEncoding }
        if password != nil && username == nil { return .failure(MailSettingsProblem("has a password but no user name")) }
        return .success(Server(host: host, port: port, security: security, username: username,
                               password: username == nil ? nil : password ?? ""))
    }
}

/// Why `SMTP_URL` cannot be used; the message never repeats the password.
package struct MailSettingsProblem: Error, Sendable, Equatable {
    package let message: String

    init(_ message: String) {
        self.message = message
    }
}
