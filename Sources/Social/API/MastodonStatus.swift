import Accounts
import Media
import Vapor

/// A post in the shape of Mastodon's `Status`. A share is a status whose `reblog` is the shared post;
/// a comment is a status with `in_reply_to_id`. A class, because a status nests the status it shares.
final class MastodonStatus: Content, Sendable {
    struct Mention: Codable, Sendable {
        let id: String
        let username: String
        let url: String
        let acct: String
    }

    struct Tag: Codable, Sendable {
        let name: String
        let url: String
    }

    /// Mastodon's (4.5) quote: the quoted post when the reader may see it.
    struct Quote: Codable, Sendable {
        let state: String
        let quoted_status: MastodonStatus?
    }

    let id: String
    let created_at: String
    let in_reply_to_id: String?
    let in_reply_to_account_id: String?
    let sensitive: Bool
    let spoiler_text: String
    let visibility: String
    let language: String?
    let uri: String
    let url: String?
    let replies_count: Int
    let reblogs_count: Int
    let favourites_count: Int
    let edited_at: String?
    let favourited: Bool
    let reblogged: Bool
    let muted: Bool
    let bookmarked: Bool
    let content: String
    /// The plain text, only in the answer to a deletion, so a client can redraft.
    let text: String?
    let reblog: MastodonStatus?
    let quote: Quote?
    let account: MastodonAccount
    let media_attachments: [MastodonMediaAttachment]
    let mentions: [Mention]
    let tags: [Tag]
    let emojis: [String]

    init(id: String, created_at: String, in_reply_to_id: String?, in_reply_to_account_id: String?, visibility: String,
         uri: String, url: String?, replies_count: Int, reblogs_count: Int, favourites_count: Int, edited_at: String?,
         favourited: Bool, reblogged: Bool, content: String, text: String?, reblog: MastodonStatus?, quote: Quote?,
         account: MastodonAccount, media_attachments: [MastodonMediaAttachment], mentions: [Mention], tags: [Tag]) {
        self.id = id
        self.created_at = created_at
        self.in_reply_to_id = in_reply_to_id
        self.in_reply_to_account_id = in_reply_to_account_id
        self.sensitive = false
        self.spoiler_text = ""
        self.visibility = visibility
        self.language = nil
        self.uri = uri
        self.url = url
        self.replies_count = replies_count
        self.reblogs_count = reblogs_count
        self.favourites_count = favourites_count
        self.edited_at = edited_at
        self.favourited = favourited
        self.reblogged = reblogged
        self.muted = false
        self.bookmarked = false
        self.content = content
        self.text = text
        self.reblog = reblog
        self.quote = quote
        self.account = account
        self.media_attachments = media_attachments
        self.mentions = mentions
        self.tags = tags
        self.emojis = []
    }

    private enum CodingKeys: String, CodingKey {
        case id, created_at, in_reply_to_id, in_reply_to_account_id, sensitive, spoiler_text, visibility, language, uri, url
        case replies_count, reblogs_count, favourites_count, edited_at, favourited, reblogged, muted, bookmarked, content, text
        case reblog, quote, account, media_attachments, mentions, tags, emojis
    }

    /// Features Treffpunkt does not have, always `null`.
    private enum AbsentKeys: String, CodingKey {
        case card, poll, application
    }

    /// Mastodon writes absent values as `null` rather than leaving the key out; some clients rely on the key.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(created_at, forKey: .created_at)
        try container.encode(in_reply_to_id, forKey: .in_reply_to_id)
        try container.encode(in_reply_to_account_id, forKey: .in_reply_to_account_id)
        try container.encode(sensitive, forKey: .sensitive)
        try container.encode(spoiler_text, forKey: .spoiler_text)
        try container.encode(visibility, forKey: .visibility)
        try container.encode(language, forKey: .language)
        try container.encode(uri, forKey: .uri)
        try container.encode(url, forKey: .url)
        try container.encode(replies_count, forKey: .replies_count)
        try container.encode(reblogs_count, forKey: .reblogs_count)
        try container.encode(favourites_count, forKey: .favourites_count)
        try container.encode(edited_at, forKey: .edited_at)
        try container.encode(favourited, forKey: .favourited)
        try container.encode(reblogged, forKey: .reblogged)
        try container.encode(muted, forKey: .muted)
        try container.encode(bookmarked, forKey: .bookmarked)
        try container.encode(content, forKey: .content)
        try container.encodeIfPresent(text, forKey: .text)
        try container.encode(reblog, forKey: .reblog)
        try container.encode(quote, forKey: .quote)
        try container.encode(account, forKey: .account)
        try container.encode(media_attachments, forKey: .media_attachments)
        try container.encode(mentions, forKey: .mentions)
        try container.encode(tags, forKey: .tags)
        try container.encode(emojis, forKey: .emojis)
        var absent = encoder.container(keyedBy: AbsentKeys.self)
        try absent.encodeNil(forKey: .card)
        try absent.encodeNil(forKey: .poll)
        try absent.encodeNil(forKey: .application)
    }
}
