/// What a medium is to the people who see it: a picture or a moving picture.
package enum MediaKind: String, Sendable, Codable, CaseIterable {
    case image
    case video
}
