import Crypto
import Foundation
import TreffpunktCore

/// Proof Key for Code Exchange (RFC 7636) with the S256 method, the only one Mastodon offers:
/// the app shows a hash of a secret when asking, and the secret itself when exchanging the code.
enum PKCE {
    static let method = "S256"
    private static var pattern: Regex<Substring> { /^[A-Za-z0-9\-._~]{43,128}$/ }

    /// Challenges and verifiers share the alphabet and length limits of RFC 7636.
    static func isWellFormed(_ value: String) -> Bool {
        value.wholeMatch(of: pattern) != nil
    }

    static func challenge(for verifier: String) -> String {
        Data(SHA256.hash(data: Data(verifier.utf8))).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func verify(_ verifier: String, against challenge: String) -> Bool {
        isWellFormed(verifier) && RandomToken.constantTimeEquals(Self.challenge(for: verifier), challenge)
    }
}
