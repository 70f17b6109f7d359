import Vapor

/// Mastodon's read position in a timeline (`Marker`); Treffpunkt keeps one for notifications.
struct MastodonMarker: Content {
    let last_read_id: String
    let version: Int
    let updated_at: String
}
