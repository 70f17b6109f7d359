import TreffpunktCore
import Vapor

/// The body of `POST /api/v1/statuses` and `PUT /api/v1/statuses/:id`, form-encoded (Mastodon.py)
/// or JSON (toot). Fields Treffpunkt has no use for (`sensitive`, `language`) are accepted and ignored.
struct StatusForm: Content {
    struct Poll: Content {
        var options: [String]?
    }

    var status: String?
    var visibility: String?
    var in_reply_to_id: FlexibleID?
    var quote_id: FlexibleID?
    var spoiler_text: String?
    var media_ids: [FlexibleID]?
    var poll: Poll?
    var scheduled_at: String?

    /// The text to publish. Treffpunkt has no content warnings: a summary goes in front of the text,
    /// so it is not lost.
    var text: String {
        let body = status ?? ""
        guard let summary = spoiler_text?.trimmingCharacters(in: .whitespacesAndNewlines), !summary.isEmpty else { return body }
        return summary + "\n\n" + body
    }

    /// Polls and scheduling are refused rather than dropped: the author would lose them unnoticed.
    func checkSupported() throws {
        let hasPoll = !(poll?.options ?? []).isEmpty
        let isScheduled = !(scheduled_at ?? "").isEmpty
        if hasPoll || isScheduled {
            throw UserFacingError(.unprocessableEntity, SocialText.unsupportedStatusOptions)
        }
    }

    /// The media to attach, in order (as strings or numbers; an id that is neither is refused while decoding).
    var mediaIDs: [Int64] {
        (media_ids ?? []).compactMap(\.value)
    }

    /// `nil` for the author's default; an unknown name is refused.
    func chosenVisibility() throws -> PostVisibility? {
        guard let name = visibility?.trimmingCharacters(in: .whitespaces), !name.isEmpty else { return nil }
        guard let chosen = PostVisibility(name: name) else {
            throw UserFacingError(.unprocessableEntity, SocialText.unknownVisibility)
        }
        return chosen
    }
}

/// An id that JSON clients may send as a number or a string; an empty string means none.
package struct FlexibleID: Codable, Sendable {
    package let value: Int64?

    package init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int64.self) {
            value = number
            return
        }
        let text = try container.decode(String.self).trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else {
            value = nil
            return
        }
        guard let number = Int64(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not an id: \(text)")
        }
        value = number
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value.map(String.init))
    }
}
