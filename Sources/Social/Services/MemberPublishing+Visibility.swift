import Fluent
import TreffpunktCore

extension MemberPublishing {
    /// Posts `text` by the member to an audience they choose outside a space (a person's blog article
    /// is public or for members). `alongside` writes the caller's own rows in the post's transaction.
    /// Returns the post's id.
    package func publish(by memberID: Int64, text: String, visibility: PostVisibility,
                         alongside: (@Sendable (_ postID: Int64, _ database: any Database) async throws -> Void)? = nil) async throws -> Int64 {
        var draft = PostDraft(text: text, visibility: visibility)
        draft.alongside = alongside
        return try await PostService(database: database, publicURL: publicURL).create(by: memberID, draft).requireID()
    }

    /// Takes back a post a feature published for its author (the article it announced is deleted):
    /// the post goes as when its author deletes it.
    package func withdraw(_ postID: Int64, of authorID: Int64) async throws {
        _ = try await PostService(database: database, publicURL: publicURL).delete(postID, by: .author(authorID))
    }
}
