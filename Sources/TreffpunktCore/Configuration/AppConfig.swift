import Foundation
import Vapor

/// Everything an operator can set, read once from environment variables at start-up.
/// Tests build one directly instead of reading the environment.
package struct AppConfig: Sendable {
    package enum DatabaseLocation: Sendable, Equatable {
        case sqlite(path: String)
        case postgres(url: String)
    }

    package enum RegistrationMode: String, Sendable, CaseIterable {
        case open, domain, closed
    }

    package var host: String
    package var port: Int
    package var dataDirectory: String
    package var database: DatabaseLocation
    package var publicURL: String
    package var registrationMode: RegistrationMode
    /// Lower-cased e-mail domains allowed to register when `registrationMode == .domain`.
    package var registrationDomains: [String]
    package var secureCookies: Bool
    package var bcryptCost: Int
    package var loginMaxFailures: Int
    package var loginWindowSeconds: Int
    package var autoMigrate: Bool
    package var instanceName: String
    package var mediaLimits: MediaLimits
    package var realtimeLimits: RealtimeLimits
    package var mail: MailSettings

    package init(
        host: String = "127.0.0.1",
        port: Int = 8080,
        dataDirectory: String = "./data",
        database: DatabaseLocation? = nil,
        publicURL: String? = nil,
        registrationMode: RegistrationMode = .open,
        registrationDomains: [String] = [],
        secureCookies: Bool? = nil,
        bcryptCost: Int = 12,
        loginMaxFailures: Int = 5,
        loginWindowSeconds: Int = 60,
        autoMigrate: Bool = true,
        instanceName: String = "Treffpunkt",
        mediaLimits: MediaLimits = MediaLimits(),
        realtimeLimits: RealtimeLimits = RealtimeLimits(),
        smtpServer: MailSettings.Server? = nil,
        smtpSender: String? = nil
    ) {
        self.host = host
        self.port = port
        self.dataDirectory = dataDirectory
        self.database = database ?? .sqlite(path: URL(fileURLWithPath: dataDirectory).appendingPathComponent("treffpunkt.sqlite").path)
        let publicURL = (publicURL ?? "http://localhost:\(port)").trimmingSuffix("/")
        self.publicURL = publicURL
        self.registrationMode = registrationMode
        self.registrationDomains = registrationDomains.map { $0.lowercased() }
        self.secureCookies = secureCookies ?? publicURL.hasPrefix("https://")
        self.bcryptCost = bcryptCost
        self.loginMaxFailures = loginMaxFailures
        self.loginWindowSeconds = loginWindowSeconds
        self.autoMigrate = autoMigrate
        self.instanceName = instanceName
        self.mediaLimits = mediaLimits
        self.realtimeLimits = realtimeLimits
        self.mail = MailSettings(server: smtpServer, sender: smtpSender ?? MailSettings.defaultSender(publicURL: publicURL))
    }

    /// Reads the configuration from the process environment; an invalid value stops start-up with a clear message.
    package static func fromEnvironment() throws -> AppConfig {
        func value(_ name: String) -> String? {
            guard let raw = Environment.get(name)?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { return nil }
            return raw
        }
        func integer(_ name: String, default fallback: Int, range: ClosedRange<Int>) throws -> Int {
            guard let raw = value(name) else { return fallback }
            guard let number = Int(raw), range.contains(number) else {
                throw ConfigurationError(variable: name, message: "must be a whole number in \(range.lowerBound)...\(range.upperBound), got '\(raw)'")
            }
            return number
        }
        func boolean(_ name: String) throws -> Bool? {
            guard let raw = value(name)?.lowercased() else { return nil }
            switch raw {
            case "1", "true", "yes", "on": return true
            case "0", "false", "no", "off": return false
            default: throw ConfigurationError(variable: name, message: "must be true or false, got '\(raw)'")
            }
        }

        let dataDirectory = value("DATA_DIR") ?? "./data"
        var database: DatabaseLocation?
        if let url = value("DATABASE_URL") {
            if url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") {
                database = .postgres(url: url)
            } else if url.hasPrefix("sqlite://") {
                database = .sqlite(path: String(url.dropFirst("sqlite://".count)))
            } else {
                throw ConfigurationError(variable: "DATABASE_URL", message: "must start with postgres:// or sqlite://")
            }
        }
        let modeName = value("REGISTRATION_MODE")?.lowercased() ?? RegistrationMode.open.rawValue
        guard let mode = RegistrationMode(rawValue: modeName) else {
            throw ConfigurationError(variable: "REGISTRATION_MODE", message: "must be open, domain or closed, got '\(modeName)'")
        }
        let domains = (value("REGISTRATION_DOMAINS") ?? "")
            .split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if mode == .domain && domains.isEmpty {
            throw ConfigurationError(variable: "REGISTRATION_DOMAINS", message: "must list at least one e-mail domain when REGISTRATION_MODE=domain")
        }
        let port = try integer("PORT", default: 8080, range: 1...65535)
        var smtpServer: MailSettings.Server?
        if let url = value("SMTP_URL") {
            switch MailSettings.server(fromURL: url) {
            case .success(let server): smtpServer = server
            case .failure(let problem): throw ConfigurationError(variable: "SMTP_URL", message: problem.message)
            }
        }
        let sender = value("SMTP_FROM")
        if let sender, !sender.contains("@") || sender.contains(where: \.isNewline) {
            throw ConfigurationError(variable: "SMTP_FROM", message: "must be an address such as 'Treffpunkt <noreply@example.com>', got '\(sender)'")
        }
        return AppConfig(
            host: value("HOST") ?? "127.0.0.1",
            port: port,
            dataDirectory: dataDirectory,
            database: database,
            publicURL: value("PUBLIC_URL"),
            registrationMode: mode,
            registrationDomains: domains,
            secureCookies: try boolean("COOKIE_SECURE"),
            bcryptCost: try integer("BCRYPT_COST", default: 12, range: 4...31),
            loginMaxFailures: try integer("LOGIN_MAX_FAILURES", default: 5, range: 1...1000),
            loginWindowSeconds: try integer("LOGIN_WINDOW_SECONDS", default: 60, range: 1...86400),
            autoMigrate: try boolean("AUTO_MIGRATE") ?? true,
            instanceName: value("INSTANCE_NAME") ?? "Treffpunkt",
            mediaLimits: MediaLimits(
                maxImageBytes: try integer("MEDIA_MAX_IMAGE_MB", default: 16, range: 1...1024) << 20,
                maxVideoBytes: try integer("MEDIA_MAX_VIDEO_MB", default: 200, range: 1...10240) << 20,
                maxImagePixels: try integer("MEDIA_MAX_IMAGE_PIXELS", default: 50_000_000, range: 1_000_000...1_000_000_000),
                maxVideoSeconds: try integer("MEDIA_MAX_VIDEO_SECONDS", default: 600, range: 1...86_400),
                maxVideoPixels: try integer("MEDIA_MAX_VIDEO_PIXELS", default: 3840 * 2160, range: 100_000...1_000_000_000),
                videoTimeoutSeconds: try integer("MEDIA_VIDEO_TIMEOUT_SECONDS", default: 1800, range: 1...86_400),
                videoWorkers: try integer("MEDIA_VIDEO_WORKERS", default: 2, range: 1...64)
            ),
            realtimeLimits: RealtimeLimits(
                heartbeatSeconds: try integer("REALTIME_HEARTBEAT_SECONDS", default: 30, range: 1...3600),
                maxQueuedEvents: try integer("REALTIME_MAX_QUEUED_EVENTS", default: 512, range: 16...100_000)
            ),
            smtpServer: smtpServer,
            smtpSender: sender
        )
    }
}

package struct ConfigurationError: Error, CustomStringConvertible {
    package let variable: String
    package let message: String
    package var description: String { "Configuration error: \(variable) \(message)" }
}

extension String {
    func trimmingSuffix(_ suffix: String) -> String {
        var result = self
        while result.hasSuffix(suffix) { result.removeLast(suffix.count) }
        return result
    }
}
