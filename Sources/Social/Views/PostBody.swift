import Plot
import TreffpunktCore

/// A post's text on a card: the HTML made when it was written, or for an announcement the words in the
/// reader's language and the title linked relatively, so a changed `PUBLIC_URL` breaks no link.
enum PostBody {
    static func render(_ post: Post, context: PageContext) -> Node<HTML.BodyContext> {
        guard let announcement = post.announcement else { return .raw(post.html) }
        return .p(.text(context.t(announcement.lead) + ": "), .a(.safeHref(announcement.path), .text(post.text)))
    }
}
