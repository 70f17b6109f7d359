import Accounts
import Fluent
import Pages
import Spaces
import TreffpunktCore

/// Finds blogs by their address and names the blogs of listed articles, as the reader may know them.
struct BlogDirectory {
    let database: any Database

    /// The blog at the address; a person or page that does not exist, and a secret space the reader is
    /// not in, are not found; outsiders of other spaces may not read its blog.
    func blog(_ address: BlogAddress, for viewer: Viewer?) async throws -> Blog {
        switch address.kind {
        case .person, .page:
            guard let account = try await MemberLookup(database: database).member(handle: address.slug),
                  account.isPage == (address.kind == .page) else {
                throw UserFacingError.notFound(BlogsText.blogNotFound)
            }
            var mayWrite = false
            if let viewer {
                mayWrite = address.kind == .person
                    ? viewer.id == account.id
                    : try await PageWriters(database: database).mayWrite(viewer.id, forPage: account.id)
            }
            return Blog(address: BlogAddress(kind: address.kind, slug: account.username), ownerID: account.id,
                        name: account.displayName, readerID: viewer?.id, mayWrite: mayWrite, mayEditAll: mayWrite)
        case .space:
            guard let viewer else { throw UserFacingError.notFound(BlogsText.blogNotFound) }
            let space = try await SpaceLookup(database: database).space(slug: address.slug, for: viewer.id)
            guard space.isMember else { throw UserFacingError(.forbidden, BlogsText.spaceMembersOnly) }
            return Blog(address: BlogAddress(kind: .space, slug: space.slug), ownerID: space.id, name: space.name,
                        readerID: viewer.id, mayWrite: true, mayEditAll: space.isAdmin)
        }
    }

    /// The addresses and names of the blogs these articles belong to, in two batched lookups; a space the
    /// reader may not know of is left out.
    func blogs(of articles: [BlogArticle], readerID: Int64?) async throws -> [Int64: (address: BlogAddress, name: String)] {
        var result: [Int64: (address: BlogAddress, name: String)] = [:]
        let accountIDs = articles.filter { $0.blogKind != .space }.map(\.blogID)
        for (id, account) in try await MemberLookup(database: database).members(ids: accountIDs) {
            result[id] = (BlogAddress(kind: account.isPage ? .page : .person, slug: account.username), account.displayName)
        }
        let spaceIDs = articles.filter { $0.blogKind == .space }.map(\.blogID)
        if let readerID, !spaceIDs.isEmpty {
            for (id, space) in try await SpaceLookup(database: database).spaces(ids: spaceIDs, for: readerID) {
                result[id] = (BlogAddress(kind: .space, slug: space.slug), space.name)
            }
        }
        return result
    }
}
