import Crypto
import Fluent
import Foundation
import TreffpunktCore
import Vapor

/// The addresses of a medium's files. Browsers fetch them with the session cookie; Mastodon apps
/// fetch pictures without their token, so addresses given out in the API carry `access`: who asked
/// and until when, signed by the server. The signature only names the reader — the visibility policy
/// is still asked on every fetch, so a reader who loses access (unfriended, blocked) loses the files too.
package struct MediaLinks: Sendable {
    package static let accessParameter = "access"
    private static let keySetting = "media_signing_key"
    /// Signed addresses stay the same for a day (clients can cache them) and hold for a week.
    private static let lifetimeDays: Int64 = 7

    let publicURL: String
    private let key: SymmetricKey

    /// Loads the installation's signing key, made once and shared by all server processes.
    package static func load(for app: Application, on database: any Database) async throws -> MediaLinks {
        let settings = app.instanceSettings
        var secret = try await settings.value(keySetting, on: database)
        if secret == nil {
            try? await settings.set(keySetting, to: RandomToken.make(), on: database)
            secret = try await settings.value(keySetting, on: database)
        }
        guard let secret else { throw Abort(.internalServerError) }
        return MediaLinks(publicURL: app.config.publicURL, key: SymmetricKey(data: Data(secret.utf8)))
    }

    /// The plain path, for pages: the browser's session says who is asking.
    package static func path(_ mediumID: Int64, _ variant: MediaVariant) -> String {
        "/media/\(mediumID)/\(variant.rawValue)"
    }

    /// A full address for an API answer to `viewerID` (nil: a visitor, who needs no signature).
    package func url(_ mediumID: Int64, _ variant: MediaVariant, for viewerID: Int64?, now: Date = Date()) -> String {
        let address = publicURL + Self.path(mediumID, variant)
        guard let viewerID else { return address }
        let today = Int64(now.timeIntervalSince1970) / 86_400
        let expiry = (today + Self.lifetimeDays + 1) * 86_400
        return address + "?\(Self.accessParameter)=\(viewerID).\(expiry).\(signature(mediumID, viewerID, expiry))"
    }

    /// The reader a signed `access` value names, if the signature holds and has not expired.
    package func reader(of mediumID: Int64, access: String, now: Date = Date()) -> Int64? {
        let parts = access.split(separator: ".", maxSplits: 2).map(String.init)
        guard parts.count == 3, let viewerID = Int64(parts[0]), let expiry = Int64(parts[1]),
              expiry > Int64(now.timeIntervalSince1970),
              RandomToken.constantTimeEquals(parts[2], signature(mediumID, viewerID, expiry)) else { return nil }
        return viewerID
    }

    private func signature(_ mediumID: Int64, _ viewerID: Int64, _ expiry: Int64) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data("\(mediumID).\(viewerID).\(expiry)".utf8), using: key)
        return Data(mac).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }
}
