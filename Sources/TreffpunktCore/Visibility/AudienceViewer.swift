/// The facts about the person looking that decide what they may see: who they are, whose
/// friends they are, whom they blocked or were blocked by, and which spaces they belong to. Loaded once per request.
package struct AudienceViewer: Sendable, Equatable {
    /// `nil` for someone who is not logged in.
    package let id: Int64?
    package let friendIDs: Set<Int64>
    /// Members the viewer blocked or who blocked the viewer: no contact either way.
    package let blockedIDs: Set<Int64>
    /// The spaces the viewer is a member of.
    package let spaceIDs: Set<Int64>

    package init(id: Int64?, friendIDs: Set<Int64> = [], blockedIDs: Set<Int64> = [], spaceIDs: Set<Int64> = []) {
        self.id = id
        self.friendIDs = friendIDs
        self.blockedIDs = blockedIDs
        self.spaceIDs = spaceIDs
    }

    package static let visitor = AudienceViewer(id: nil)
}
