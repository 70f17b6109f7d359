import Accounts
import Fluent
import Social
import TreffpunktCore

/// "Nachricht senden" on a person's profile, unless a block stands between them or the profile is a company page's.
struct SendMessageAction: ProfileActionsSource {
    func actions(on memberID: Int64, username: String, for viewerID: Int64, on database: any Database) async throws -> [ProfileAction] {
        guard let member = try await MemberLookup(database: database).members(ids: [memberID])[memberID], !member.isPage,
              !(try await AudienceLookup(database: database).viewer(viewerID).blockedIDs.contains(memberID)) else { return [] }
        return [ProfileAction(label: MessagingText.sendMessage, path: MessagesURL.with(username: username).path)]
    }
}
