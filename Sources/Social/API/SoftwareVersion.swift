/// The versions this installation reports to clients.
enum SoftwareVersion {
    static let treffpunkt = "0.1.0"
    /// Mastodon's form, so clients know which API to expect. Mastodon.py refuses the password grant
    /// from 4.4.0 on, so this stays below it.
    static let mastodonCompatible = "4.3.0 (compatible; Treffpunkt \(treffpunkt))"
}
