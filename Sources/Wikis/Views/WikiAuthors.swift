import Accounts
import TreffpunktCore

/// The people who wrote revisions, loaded in one batch, by id.
struct WikiAuthors: Sendable {
    let people: [Int64: MemberSummary]

    func name(_ id: Int64, context: PageContext) -> String {
        people[id]?.displayName ?? context.t(WikisText.formerMember)
    }

    func line(_ revision: WikiRevision, context: PageContext) -> String {
        context.t(WikisText.revisionBy(number: revision.number, author: name(revision.authorID, context: context),
                                       date: DateText.dayAndTime(revision.createdAt ?? .now, in: context.language)))
    }
}
