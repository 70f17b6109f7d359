import Fluent
import TreffpunktCore

extension MemberPublishing {
    /// Posts `text` by the member to an audience they choose outside a space (a person's blog article
    /// is public or for members). Returns the post's id.
    package func publish(by memberID: Int64, text: String, visibility: PostVisibility) async throws -> Int64 {
        try await PostService(database: database, publicURL: publicURL)
            .create(by: memberID, PostDraft(text: text, visibility: visibility)).requireID()
    }

    /// Takes back a post a feature published for its author (the article it announced is deleted):
    /// the post goes as when its author deletes it.
    package func withdraw(_ postID: Int64, of authorID: Int64) async throws {
        _ = try await PostService(database: database, publicURL: publicURL).delete(postID, by: authorID)
    }
}
