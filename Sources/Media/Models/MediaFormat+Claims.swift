/// What an upload claims to be, by its name or Content-Type, compared with what its bytes are.
extension MediaFormat {
    package init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "jpg", "jpeg", "jpe", "jfif": self = .jpeg
        case "png": self = .png
        case "gif": self = .gif
        case "webp": self = .webp
        case "mp4", "m4v": self = .mp4
        case "mov", "qt": self = .mov
        case "webm": self = .webm
        default: return nil
        }
    }

    /// MP4 and QuickTime are one container family: phones name either file either way.
    package func isSameFormat(as other: MediaFormat) -> Bool {
        let family: Set<MediaFormat> = [.mp4, .mov]
        return self == other || (family.contains(self) && family.contains(other))
    }

    package var displayName: String {
        switch self {
        case .jpeg: "JPEG"
        case .png: "PNG"
        case .gif: "GIF"
        case .webp: "WebP"
        case .mp4: "MP4"
        case .mov: "MOV"
        case .webm: "WebM"
        }
    }
}
