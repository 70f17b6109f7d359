import Fluent
import Foundation

/// An uploaded photo or video, re-encoded: the upload itself is never served, only its variants
/// (`large`, `small`, and for videos `video`), so no metadata of the original leaves the server.
package final class MediaAttachment: Model, @unchecked Sendable {
    package static let schema = "media_attachments"

    @ID(custom: "id", generatedBy: .user) package var id: Int64?
    @Field(key: "owner_id") package var ownerID: Int64
    @Field(key: "kind") package var kind: MediaKind
    @Field(key: "purpose") package var purpose: MediaPurpose
    @Field(key: "state") package var state: MediaState
    /// 0…1 while a video is processed.
    @Field(key: "progress") package var progress: Double
    @OptionalField(key: "failure") package var failure: String?
    /// The alt text read to people who cannot see the medium.
    @Field(key: "description") package var description: String
    @Field(key: "focus_x") package var focusX: Double
    @Field(key: "focus_y") package var focusY: Double
    @OptionalField(key: "width") package var width: Int?
    @OptionalField(key: "height") package var height: Int?
    @OptionalField(key: "small_width") package var smallWidth: Int?
    @OptionalField(key: "small_height") package var smallHeight: Int?
    /// Seconds, for videos.
    @OptionalField(key: "duration") package var duration: Double?
    @OptionalField(key: "blurhash") package var blurhash: String?
    /// `#rrggbb`, the placeholder shown while the picture loads.
    @OptionalField(key: "average_color") package var averageColor: String?
    @Field(key: "animated") package var animated: Bool
    /// The format of the upload (`jpeg`, `mov`…), kept to find the source file of a video in processing.
    @Field(key: "source_format") package var sourceFormat: String
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}

    package init(id: Int64, ownerID: Int64, kind: MediaKind, purpose: MediaPurpose, description: String, sourceFormat: String) {
        self.id = id
        self.ownerID = ownerID
        self.kind = kind
        self.purpose = purpose
        self.state = .processing
        self.progress = 0
        self.description = description
        self.focusX = 0
        self.focusY = 0
        self.animated = false
        self.sourceFormat = sourceFormat
    }

    package func requireID() -> Int64 {
        guard let id else { preconditionFailure("a stored medium always has an id") }
        return id
    }
}
