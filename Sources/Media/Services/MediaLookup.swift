import Fluent

/// Reads media records for other features: the posting feature checks what an author attaches and
/// shows what posts carry. One query for any number of media.
package struct MediaLookup {
    let database: any Database

    package init(database: any Database) {
        self.database = database
    }

    package func media(ids: some Collection<Int64>) async throws -> [Int64: MediaAttachment] {
        guard !ids.isEmpty else { return [:] }
        let found = try await MediaAttachment.query(on: database).filter(\.$id ~~ Array(Set(ids))).all()
        return Dictionary(found.map { ($0.requireID(), $0) }, uniquingKeysWith: { first, _ in first })
    }
}
