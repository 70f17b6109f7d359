import Accounts
import Fluent
import TreffpunktCore
import Vapor

struct FriendsController {
    func boot(_ web: any RoutesBuilder) {
        web.get(SiteURL.friends.route, use: friends)
    }

    @Sendable func friends(req: Request) async throws -> Response {
        let viewer = try req.requireViewer()
        async let incoming = FriendRequest.query(on: req.db).filter(\.$addresseeID == viewer.id).sort(\.$id, .descending).all(\.$requesterID)
        async let outgoing = FriendRequest.query(on: req.db).filter(\.$requesterID == viewer.id).sort(\.$id, .descending).all(\.$addresseeID)
        let friendIDs = try await Relations(database: req.db).friendIDs(of: viewer.id)
        let (incomingIDs, outgoingIDs) = (try await incoming, try await outgoing)
        let members = try await MemberLookup(database: req.db).members(ids: Set(incomingIDs + outgoingIDs).union(friendIDs))
        let byName = { (a: MemberSummary, b: MemberSummary) in a.displayName.localizedCompare(b.displayName) == .orderedAscending }
        let model = FriendsPage.Model(incoming: incomingIDs.compactMap { members[$0] }, outgoing: outgoingIDs.compactMap { members[$0] },
                                      friends: friendIDs.compactMap { members[$0] }.sorted(by: byName))
        return FriendsPage.render(model, context: try await req.pageContext()).response()
    }
}
