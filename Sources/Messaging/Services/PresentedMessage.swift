import Accounts
import Media

/// A message with what every page and API answer shows of it, loaded for many messages at once.
struct PresentedMessage: Sendable {
    let message: ChatMessage
    let author: MemberSummary?
    let media: [MediaAttachment]
    /// The participants (other than the author) whose read mark has reached it, oldest id first.
    let readBy: [Int64]

    var id: Int64 { message.requireID() }
}
