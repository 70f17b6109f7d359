import Accounts

/// A chat as one reader's list shows it: who takes part, the newest message, how much is unread.
struct ChatSummary: Sendable {
    let chat: Chat
    /// The active participants, the reader among them.
    let participants: [ChatParticipant]
    let members: [Int64: MemberSummary]
    let lastMessage: PresentedMessage?
    let unread: Int
    let readerID: Int64

    var id: Int64 { chat.requireID() }
    var others: [MemberSummary] {
        participants.filter { $0.memberID != readerID }.compactMap { members[$0.memberID] }
    }
    var lastReadID: Int64? { participants.first { $0.memberID == readerID }?.lastReadMessageID }

    /// The group's name, or the other people's names.
    var title: String {
        if let name = chat.name, !name.isEmpty { return name }
        let names = others.map(\.displayName)
        return names.isEmpty ? "–" : names.joined(separator: ", ")
    }
}
