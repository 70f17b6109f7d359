import Vapor

/// The files served for a medium. The upload itself is never one of them.
package enum MediaVariant: String, Sendable, CaseIterable {
    /// The picture (or a video's poster frame) fitting 1920 px.
    case large
    /// The preview fitting 480 px.
    case small
    /// A video as H.264 MP4.
    case video

    package var contentType: HTTPMediaType {
        switch self {
        case .large, .small: HTTPMediaType(type: "image", subType: "webp")
        case .video: HTTPMediaType(type: "video", subType: "mp4")
        }
    }

    package func key(for mediumID: Int64) -> String {
        switch self {
        case .large: "media/\(mediumID)/large.webp"
        case .small: "media/\(mediumID)/small.webp"
        case .video: "media/\(mediumID)/video.mp4"
        }
    }

    /// Where a video waits, as uploaded, until it is processed.
    package static func sourceKey(for mediumID: Int64, format: String) -> String {
        "media/\(mediumID)/source.\(format)"
    }

    package static func folderKey(for mediumID: Int64) -> String {
        "media/\(mediumID)"
    }
}
