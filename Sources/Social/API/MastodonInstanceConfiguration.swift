import Media
import TreffpunktCore
import Vapor

/// The limits of this installation as Mastodon's instance answers (v1 and v2) describe them.
/// There are no polls, featured tags or pinned posts yet, so those limits are zero.
struct MastodonInstanceConfiguration: Content {
    struct URLs: Content {
        let streaming: String
    }

    struct Accounts: Content {
        let max_featured_tags: Int
        let max_pinned_statuses: Int
    }

    struct Statuses: Content {
        let max_characters: Int
        let max_media_attachments: Int
        let characters_reserved_per_url: Int
    }

    struct MediaAttachments: Content {
        let supported_mime_types: [String]
        let image_size_limit: Int
        let image_matrix_limit: Int
        let video_size_limit: Int
        let video_frame_rate_limit: Int
        let video_matrix_limit: Int
    }

    struct Polls: Content {
        let max_options: Int
        let max_characters_per_option: Int
        let min_expiration: Int
        let max_expiration: Int
    }

    struct Translation: Content {
        let enabled: Bool
    }

    let urls: URLs
    let accounts: Accounts
    let statuses: Statuses
    let media_attachments: MediaAttachments
    let polls: Polls
    let translation: Translation

    init(address: PublicAddress, mediaLimits: MediaLimits) {
        urls = URLs(streaming: address.streamingURL)
        accounts = Accounts(max_featured_tags: 0, max_pinned_statuses: 0)
        // Treffpunkt counts a link's full length; clients can only express a fixed length, Mastodon's 23.
        statuses = Statuses(max_characters: PostText.maximumLength, max_media_attachments: 4, characters_reserved_per_url: 23)
        // Videos are converted whatever their frame rate and size; Mastodon's figures keep clients from sending more.
        media_attachments = MediaAttachments(supported_mime_types: MediaFormat.allCases.map(\.mimeType),
                                             image_size_limit: mediaLimits.maxImageBytes, image_matrix_limit: mediaLimits.maxImagePixels,
                                             video_size_limit: mediaLimits.maxVideoBytes, video_frame_rate_limit: 120,
                                             video_matrix_limit: 8_294_400)
        polls = Polls(max_options: 0, max_characters_per_option: 0, min_expiration: 0, max_expiration: 0)
        translation = Translation(enabled: false)
    }
}
