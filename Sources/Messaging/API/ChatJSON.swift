import Accounts
import Fluent
import Foundation
import Media
import TreffpunktCore
import Vapor

/// Builds the chat API's JSON for one answer or one batch of events. The figures of every account
/// in it are loaded once; signed addresses of attachments are made per reader, who fetches them.
struct ChatJSON: Sendable {
    let publicURL: String
    let language: AppLanguage
    private let statistics: [Int64: AccountStatistics]
    private let links: MediaLinks?

    static func load(application: Application, database: any Database, language: AppLanguage,
                     members: some Collection<Int64>, withMedia: Bool) async throws -> ChatJSON {
        let statistics = try await application.accountStatistics?.statistics(for: Array(Set(members)), on: database) ?? [:]
        let links = withMedia ? try await MediaLinks.load(for: application, on: database) : nil
        return ChatJSON(publicURL: application.config.publicURL, language: language, statistics: statistics, links: links)
    }

    func account(_ member: MemberSummary) -> MastodonAccount {
        // Guests chat too (with company pages), and one answer serves every participant: position and
        // department stay on the profile, where `WorkDetailsPolicy` shows them to employees.
        MastodonAccount(member, statistics: statistics[member.id] ?? AccountStatistics(), publicURL: publicURL, language: language,
                        showsWorkDetails: false)
    }

    func message(_ presented: PresentedMessage, for viewerID: Int64) -> APIMessage? {
        guard let author = presented.author else { return nil }
        let message = presented.message
        return APIMessage(
            id: String(presented.id), chat_id: String(message.chatID), account: account(author),
            content: message.html, text: message.text, created_at: MastodonDate.string(message.createdAt ?? Date()),
            edited_at: message.editedAt.map(MastodonDate.string), deleted: message.isDeleted,
            media_attachments: links.map { links in presented.media.map { MastodonMediaAttachment($0, links: links, viewerID: viewerID) } } ?? [],
            read_by: presented.readBy.map(String.init))
    }

    func chat(_ summary: ChatSummary) -> APIChat {
        APIChat(id: String(summary.id), name: summary.chat.name, is_group: summary.chat.isGroup, accounts: summary.others.map(account),
                unread: summary.unread, last_message: summary.lastMessage.flatMap { message($0, for: summary.readerID) },
                last_read_id: summary.lastReadID.map(String.init))
    }
}
