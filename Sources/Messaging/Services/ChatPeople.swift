import Accounts
import Fluent
import Social
import TreffpunktCore

/// Checks the people someone wants to chat with: they exist, are persons (not company pages), and no
/// block stands between them and the one asking.
struct ChatPeople {
    let database: any Database

    /// The ids of `ids` other than `actorID`, checked; in the order given, each once.
    func check(_ ids: [Int64], by actorID: Int64) async throws -> [Int64] {
        var unique: [Int64] = []
        for id in ids where id != actorID && !unique.contains(id) { unique.append(id) }
        guard !unique.isEmpty else { throw UserFacingError(.unprocessableEntity, MessagingText.noPeopleChosen) }
        guard unique.count < ChatService.maximumGroupSize else { throw UserFacingError(.unprocessableEntity, MessagingText.tooManyPeople) }
        let found = try await MemberLookup(database: database).members(ids: unique)
        let missing = unique.filter { found[$0] == nil }
        guard missing.isEmpty else {
            throw UserFacingError(.unprocessableEntity, MessagingText.unknownPeople(missing.map(String.init).joined(separator: ", ")))
        }
        guard !found.values.contains(where: \.isPage) else { throw UserFacingError(.unprocessableEntity, MessagingText.pagesCannotChat) }
        try await checkNotBlocked(unique, by: actorID)
        return unique
    }

    /// Members by username (`anna.schmidt` or `@anna.schmidt`, separated by commas or spaces); unknown names are refused.
    func ids(forUsernames text: String) async throws -> [Int64] {
        let names = text.split(whereSeparator: { $0 == "," || $0.isWhitespace })
            .map { $0.hasPrefix("@") ? String($0.dropFirst()) : String($0) }.filter { !$0.isEmpty }
        guard !names.isEmpty else { throw UserFacingError(.unprocessableEntity, MessagingText.noPeopleChosen) }
        let found = try await MemberLookup(database: database).members(usernames: names)
        let unknown = names.filter { found[$0.lowercased()] == nil }
        guard unknown.isEmpty else { throw UserFacingError(.unprocessableEntity, MessagingText.unknownPeople(unknown.joined(separator: ", "))) }
        return names.compactMap { found[$0.lowercased()]?.id }
    }

    /// Blocked either way: no chat may bring the two together.
    func checkNotBlocked(_ ids: [Int64], by actorID: Int64) async throws {
        let blocked = try await AudienceLookup(database: database).viewer(actorID).blockedIDs
        guard blocked.isDisjoint(with: ids) else { throw UserFacingError(.unprocessableEntity, MessagingText.blocked) }
    }
}
