import Foundation
import TreffpunktCore
import Vapor

/// Mastodon's `MediaAttachment` entity.
package struct MastodonMediaAttachment: Content, Equatable {
    package struct Meta: Codable, Equatable, Sendable {
        package struct Size: Codable, Equatable, Sendable {
            package var width: Int?
            package var height: Int?
            package var size: String?
            package var aspect: Double?
            package var duration: Double?
        }

        package struct Focus: Codable, Equatable, Sendable {
            package var x: Double
            package var y: Double
        }

        package var original: Size?
        package var small: Size?
        package var focus: Focus?
        package var length: String?
        package var duration: Double?
    }

    package var id: String
    /// `image`, `video` or `gifv`.
    package var type: String
    /// Null while a video is processed.
    package var url: String?
    package var preview_url: String?
    package var remote_url: String?
    package var preview_remote_url: String?
    package var text_url: String?
    package var meta: Meta
    package var description: String?
    package var blurhash: String?

    /// `viewerID` is who the answer is for: the addresses carry their signed access.
    package init(_ medium: MediaAttachment, links: MediaLinks, viewerID: Int64?) {
        let id = medium.requireID()
        self.id = String(id)
        let ready = medium.state == .ready
        let hasPreview = medium.smallWidth != nil
        type = medium.kind == .video ? "video" : "image"
        switch medium.kind {
        case .image: url = ready ? links.url(id, .large, for: viewerID) : nil
        case .video: url = ready ? links.url(id, .video, for: viewerID) : nil
        }
        preview_url = hasPreview ? links.url(id, .small, for: viewerID) : nil
        remote_url = nil
        preview_remote_url = nil
        text_url = nil
        func size(_ width: Int?, _ height: Int?, duration: Double? = nil) -> Meta.Size? {
            guard let width, let height, height > 0 else { return nil }
            return Meta.Size(width: width, height: height, size: "\(width)x\(height)", aspect: Double(width) / Double(height), duration: duration)
        }
        meta = Meta(original: size(medium.width, medium.height, duration: medium.duration),
                    small: size(medium.smallWidth, medium.smallHeight),
                    focus: medium.kind == .image ? Meta.Focus(x: medium.focusX, y: medium.focusY) : nil,
                    length: medium.duration.map(Self.length), duration: medium.duration)
        description = medium.description.isEmpty ? nil : medium.description
        blurhash = medium.blurhash
    }

    private enum CodingKeys: String, CodingKey {
        case id, type, url, preview_url, remote_url, preview_remote_url, text_url, meta, description, blurhash
    }

    /// Absent values as `null`, as Mastodon writes them: some clients expect every key.
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(type, forKey: .type)
        try container.encode(url, forKey: .url)
        try container.encode(preview_url, forKey: .preview_url)
        try container.encode(remote_url, forKey: .remote_url)
        try container.encode(preview_remote_url, forKey: .preview_remote_url)
        try container.encode(text_url, forKey: .text_url)
        try container.encode(meta, forKey: .meta)
        try container.encode(description, forKey: .description)
        try container.encode(blurhash, forKey: .blurhash)
    }

    /// `0:01:05.04`, Mastodon's notation of a video's length.
    private static func length(_ seconds: Double) -> String {
        let whole = Int(seconds)
        let hundredths = Int((seconds - Double(whole)) * 100)
        return String(format: "%d:%02d:%02d.%02d", whole / 3600, whole / 60 % 60, whole % 60, hundredths)
    }
}
