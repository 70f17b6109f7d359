import Accounts
import Fluent
import Foundation
import Media
import TreffpunktCore
import Vapor

/// Builds the Mastodon entities of one answer. The figures of every account in it (followers,
/// posts…) and the authors of the posts replied to are loaded once for the whole answer, never per item.
struct MastodonRenderer {
    let publicURL: String
    let language: AppLanguage
    private let statistics: [Int64: AccountStatistics]
    private let replyAuthors: [Int64: Int64]
    /// Addresses of photos and videos, signed for the reader; only loaded when posts carry media.
    private let mediaLinks: MediaLinks?
    private let viewerID: Int64?
    /// Position and department are for employees (`WorkDetailsPolicy`).
    private let showsWorkDetails: Bool

    /// Loads what the posts and the further members need; the posts come from `PostPresenter`.
    static func load(for req: Request, posts: [PresentedPost] = [], members: [MemberSummary] = []) async throws -> MastodonRenderer {
        try await load(application: req.application, database: req.db, language: req.language, viewerID: req.viewer?.id,
                       showsWorkDetails: WorkDetailsPolicy.isVisible(toEmployee: req.viewer?.isEmployee == true),
                       posts: posts, members: members)
    }

    /// Outside a request (live events): `viewerID` is whom photo and video addresses are signed for.
    /// `showsWorkDetails` holds for every reader the renderer is signed for: live events that go to many
    /// readers, guests among them, leave position and department out.
    static func load(application: Application, database: any Database, language: AppLanguage, viewerID: Int64?,
                     showsWorkDetails: Bool, posts: [PresentedPost] = [], members: [MemberSummary] = []) async throws -> MastodonRenderer {
        let all = posts.flatMap { [$0, $0.shared, $0.quoted].compactMap { $0 } }
        let memberIDs = Set(all.map(\.author.id) + members.map(\.id))
        let replyIDs = Array(Set(all.compactMap(\.post.inReplyToID)))
        async let statistics = application.accountStatistics?.statistics(for: Array(memberIDs), on: database) ?? [:]
        async let replied = Post.rows(ids: replyIDs, on: database)
        let authors = Dictionary(try await replied.map { ($0.requireID(), $0.authorID) }, uniquingKeysWith: { first, _ in first })
        let links = all.contains { !$0.media.isEmpty } ? try await MediaLinks.load(for: application, on: database) : nil
        return MastodonRenderer(publicURL: application.config.publicURL, language: language, statistics: try await statistics,
                                replyAuthors: authors, mediaLinks: links, viewerID: viewerID, showsWorkDetails: showsWorkDetails)
    }

    /// The same renderer with photo and video addresses signed for another reader.
    func signed(for viewerID: Int64?) -> MastodonRenderer {
        MastodonRenderer(publicURL: publicURL, language: language, statistics: statistics, replyAuthors: replyAuthors,
                         mediaLinks: mediaLinks, viewerID: viewerID, showsWorkDetails: showsWorkDetails)
    }

    /// Whether the addresses of `post`'s photos and videos depend on the reader (signed ones do).
    func signsMedia(of post: PresentedPost) -> Bool {
        mediaLinks != nil && [post, post.shared, post.quoted].contains { $0.map { !$0.media.isEmpty } ?? false }
    }

    func account(_ member: MemberSummary) -> MastodonAccount {
        MastodonAccount(member, statistics: statistics[member.id] ?? AccountStatistics(), publicURL: publicURL, language: language,
                        showsWorkDetails: showsWorkDetails)
    }

    /// `withSource` adds the plain text, as Mastodon does in the answer to a deletion.
    func status(_ presented: PresentedPost, withSource: Bool = false) -> MastodonStatus {
        let post = presented.post
        let address = publicURL + SiteURL.post(id: presented.id).path
        var quote: MastodonStatus.Quote?
        var content = post.announcement?.html(title: post.text, publicURL: publicURL, language: language) ?? post.html
        if post.quoteOfID != nil {
            // Clients before Mastodon 4.5 know no quotes: they read the link Mastodon adds to the text.
            if let quoted = presented.quoted {
                let quotedURL = HTMLEscaping.escape(publicURL + SiteURL.post(id: quoted.id).path)
                content += #"<p class="quote-inline">RE: <a href="\#(quotedURL)">\#(quotedURL)</a></p>"#
                quote = MastodonStatus.Quote(state: "accepted", quoted_status: status(quoted))
            } else {
                quote = MastodonStatus.Quote(state: "unauthorized", quoted_status: nil)
            }
        }
        return MastodonStatus(
            id: String(presented.id),
            created_at: MastodonDate.string(post.createdAt ?? Date()),
            in_reply_to_id: post.inReplyToID.map(String.init),
            in_reply_to_account_id: post.inReplyToID.flatMap { replyAuthors[$0] }.map(String.init),
            visibility: post.visibility.mastodonName,
            uri: address,
            url: address,
            replies_count: post.repliesCount,
            reblogs_count: post.reblogsCount,
            favourites_count: post.reactionsCount,
            edited_at: post.editedAt.map(MastodonDate.string),
            favourited: presented.viewerReaction != nil,
            reblogged: presented.viewerShared,
            content: content,
            text: withSource ? post.text : nil,
            reblog: presented.shared.map { status($0) },
            quote: quote,
            account: account(presented.author),
            media_attachments: mediaLinks.map { links in presented.media.map { MastodonMediaAttachment($0, links: links, viewerID: viewerID) } } ?? [],
            mentions: presented.mentioned.map { member in
                MastodonStatus.Mention(id: String(member.id), username: member.username,
                                       url: publicURL + SiteURL.profile(username: member.username).path, acct: member.username)
            },
            tags: presented.tags.map { MastodonStatus.Tag(name: $0, url: publicURL + SiteURL.tag($0).path) }
        )
    }
}
