import Accounts
import Fluent
import TreffpunktCore
import Vapor

/// Turns conversation entries into Mastodon `Conversation`s, for one reader (the API) or for every
/// participant of a thread at once (live events): roots, newest posts, participants and their
/// accounts are loaded once for all entries.
struct ConversationPresenter {
    let application: Application
    let database: any Database
    let language: AppLanguage

    /// `viewer` presents the newest posts; `personal` adds that viewer's own reactions and shares, which
    /// only fits when every entry is theirs.
    func render(_ entries: [ConversationMember], presentingAs viewer: AudienceViewer, personal: Bool) async throws -> [MastodonConversation] {
        guard !entries.isEmpty else { return [] }
        let roots = try await Post.rows(ids: entries.map(\.rootID), on: database)
        let participants = try await ConversationService(database: database).participants(of: roots)
        let lastPosts = try await Post.rows(ids: entries.map(\.lastStatusID), on: database)
        var presenter = PostPresenter(database: database, viewer: viewer)
        presenter.withPersonalFlags = personal
        let presented = Dictionary(try await presenter.present(lastPosts).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let members = try await MemberLookup(database: database).members(ids: Set(participants.values.joined()))
        let renderer = try await MastodonRenderer.load(application: application, database: database, language: language,
                                                       viewerID: viewer.id,
                                                       showsWorkDetails: personal && WorkDetailsPolicy.isVisible(toEmployee: viewer.isEmployee),
                                                       posts: Array(presented.values), members: Array(members.values))
        return entries.map { entry in
            let others = (participants[entry.rootID] ?? []).subtracting([entry.memberID]).sorted()
            let own = entry.memberID == viewer.id ? renderer : renderer.signed(for: entry.memberID)
            return MastodonConversation(id: String(entry.rootID), unread: entry.unread,
                                        accounts: others.compactMap { members[$0] }.map(own.account),
                                        last_status: presented[entry.lastStatusID].map { own.status($0) })
        }
    }
}
