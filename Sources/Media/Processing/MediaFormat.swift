/// The file formats Treffpunkt accepts for photos and videos.
package enum MediaFormat: String, Sendable, Codable, CaseIterable {
    case jpeg, png, gif, webp
    case mp4, mov, webm

    package var kind: MediaKind {
        switch self {
        case .jpeg, .png, .gif, .webp: .image
        case .mp4, .mov, .webm: .video
        }
    }

    package var mimeType: String {
        switch self {
        case .jpeg: "image/jpeg"
        case .png: "image/png"
        case .gif: "image/gif"
        case .webp: "image/webp"
        case .mp4: "video/mp4"
        case .mov: "video/quicktime"
        case .webm: "video/webm"
        }
    }

    /// Whether files of this format can hold several frames that libvips loads as pages.
    var canBeAnimated: Bool {
        self == .gif || self == .webp
    }

    /// The format a Content-Type header declares; parameters and case are ignored.
    package init?(mimeType: String) {
        let essence = mimeType.split(separator: ";", maxSplits: 1).first ?? ""
        switch essence.trimmingCharacters(in: .whitespaces).lowercased() {
        case "image/jpeg", "image/jpg": self = .jpeg
        case "image/png": self = .png
        case "image/gif": self = .gif
        case "image/webp": self = .webp
        case "video/mp4": self = .mp4
        case "video/quicktime": self = .mov
        case "video/webm": self = .webm
        default: return nil
        }
    }
}
