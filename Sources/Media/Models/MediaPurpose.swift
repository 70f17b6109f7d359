/// What a medium is for. Avatars and header images are public, like Mastodon's; attachments are
/// seen by whoever may see what they are attached to.
package enum MediaPurpose: String, Sendable, Codable, CaseIterable {
    case attachment
    case avatar
    case header
}
