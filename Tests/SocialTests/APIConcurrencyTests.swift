@testable import Social
import Testing
import TestSupport
import Vapor
import VaporTesting

/// Members act at the same moment; on SQLite that once answered 500 ("database is locked"), found by
/// the fuzzer with two favourites at once.
@Suite struct APIConcurrencyTests {
    @Test("favourites, unfavourites and shares of one post at the same moment all succeed and count right")
    func simultaneousReactions() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna")
            let post = try await app.postStatus("Alle auf einmal", visibility: "public", by: anna)
            var members: [APIMember] = []
            for name in ["ben", "carla", "dora", "emil", "fritz", "gerda"] {
                members.append(try await app.apiMember(name))
            }
            for action in ["favourite", "unfavourite", "favourite", "reblog", "unreblog", "reblog"] {
                let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                    for member in members {
                        group.addTask { try await app.api(.POST, "/api/v1/statuses/\(post.id)/\(action)", token: member.token).status }
                    }
                    return try await group.reduce(into: [HTTPStatus]()) { $0.append($1) }
                }
                #expect(statuses.allSatisfy { $0 == .ok }, "\(action): \(statuses)")
            }
            let counted = try await app.api(.GET, "/api/v1/statuses/\(post.id)", token: anna.token).decoded(MastodonStatus.self)
            #expect(counted.favourites_count == members.count)
            #expect(counted.reblogs_count == members.count)
        }
    }
}
