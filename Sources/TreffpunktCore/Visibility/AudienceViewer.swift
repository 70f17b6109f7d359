/// The facts about the person looking that decide what they may see: who they are, whose
/// friends they are, whom they blocked or were blocked by, which spaces they belong to and whether they are
/// an employee. Loaded once per request.
package struct AudienceViewer: Sendable, Equatable {
    /// `nil` for someone who is not logged in.
    package let id: Int64?
    package let friendIDs: Set<Int64>
    /// Members the viewer blocked or who blocked the viewer: no contact either way.
    package let blockedIDs: Set<Int64>
    /// The spaces the viewer is a member of.
    package let spaceIDs: Set<Int64>
    /// Only employees see intern posts; guests (customers, applicants, partners) and visitors do not.
    package let isEmployee: Bool

    package init(id: Int64?, isEmployee: Bool, friendIDs: Set<Int64> = [], blockedIDs: Set<Int64> = [], spaceIDs: Set<Int64> = []) {
        self.id = id
        self.isEmployee = id != nil && isEmployee
        self.friendIDs = friendIDs
        self.blockedIDs = blockedIDs
        self.spaceIDs = spaceIDs
    }

    package static let visitor = AudienceViewer(id: nil, isEmployee: false)

    /// Posts as their author sees them, for live events whose readers the policy admitted one by one
    /// already: an employee's view, so a shared or quoted intern post is not cut from the payload.
    package static func presentingAuthor(_ authorID: Int64) -> AudienceViewer {
        AudienceViewer(id: authorID, isEmployee: true)
    }
}
