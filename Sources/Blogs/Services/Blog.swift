import TreffpunktCore

/// A blog as the reader stands to it: whose it is, and what they may do there.
struct Blog: Sendable {
    let address: BlogAddress
    /// The person's or page's account, or the space.
    let ownerID: Int64
    let name: String
    let readerID: Int64?
    /// Writes new articles: the person themself, the page's owners and editors, the space's members.
    let mayWrite: Bool
    /// Edits, publishes and deletes everyone's articles here, not only their own: the person, the page's
    /// owners and editors, the space's admins.
    let mayEditAll: Bool

    var kind: BlogKind { address.kind }
    var path: String { address.path }
    /// Space blogs are read by the space's members only, so they have no public feed.
    var hasPublicFeed: Bool { kind != .space }
    /// The audiences an article of this blog may have.
    var visibilities: [PostVisibility] { kind == .space ? [.space] : [.public, .members] }

    /// The account whose post announces an article: the person, the page; in a space, its writer.
    func postAuthor(writerID: Int64) -> Int64 {
        kind == .space ? writerID : ownerID
    }

    /// Edits, publishes or deletes the article; also the only ones to see it before it is published.
    func mayEdit(_ article: BlogArticle) -> Bool {
        mayEditAll || (mayWrite && article.writerID == readerID)
    }
}
