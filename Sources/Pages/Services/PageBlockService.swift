import Accounts
import Fluent
import Foundation
import Media
import TreffpunktCore

/// Editors build a page from blocks: add one of a kind, fill it in, move it up or down, remove it.
/// Every change checks the editor's role and that the block belongs to the page.
struct PageBlockService {
    let database: any Database

    static let maximumBlocks = 30
    static let titleMaximum = 120
    static let bodyMaximum = 10_000
    static let altMaximum = 1_500
    static let maximumEntries = 20

    /// What the block form sends; each kind reads the fields it has.
    struct Input: Sendable {
        var title = ""
        var body = ""
        var links = ""
        var team = ""
    }

    enum Direction: String {
        case up, down
    }

    func blocks(of pageID: Int64) async throws -> [PageBlock] {
        try await PageBlock.query(on: database).filter(\.$pageID == pageID).sort(\.$position).sort(\.$id)
            .limit(Self.maximumBlocks).all()
    }

    /// The block of this page, for an editor; anyone else or another page's block gets 403 or 404.
    func block(_ blockID: Int64, of page: LoadedPage) async throws -> PageBlock {
        try PagePermissions.require(page.permissions.mayEditContent)
        guard let block = try await PageBlock.find(blockID, on: database), block.pageID == page.id else {
            throw UserFacingError.notFound(PagesText.blockNotFound)
        }
        return block
    }

    /// A new, empty block at the end; its kind's title to start with.
    func add(_ kindName: String, to page: LoadedPage, language: AppLanguage) async throws -> PageBlock {
        try PagePermissions.require(page.permissions.mayEditContent)
        guard let kind = PageBlockKind(rawValue: kindName) else { throw UserFacingError(.unprocessableEntity, PagesText.unknownBlockKind) }
        let pageID = page.id
        return try await database.writeTransaction { db in
            let existing = try await PageBlock.query(on: db).filter(\.$pageID == pageID).all(\.$position)
            guard existing.count < Self.maximumBlocks else {
                throw UserFacingError(.unprocessableEntity, PagesText.tooManyEntries(Self.maximumBlocks))
            }
            let block = PageBlock(pageID: pageID, position: (existing.max() ?? 0) + 1, kind: kind, title: kind.label(language))
            try await block.create(on: db)
            return block
        }
    }

    /// Checks everything the kind needs, then saves; returns the problems instead.
    func update(_ block: PageBlock, with raw: Input) async throws -> FormErrors {
        var errors = FormErrors()
        let title = PageService.singleLine(raw.title)
        PageService.check(title, maximum: Self.titleMaximum, field: "title", into: &errors)
        var body = block.body
        var entries: String?
        switch block.kind {
        case .text:
            body = PageService.multiLine(raw.body)
            PageService.check(body, maximum: Self.bodyMaximum, required: true, field: "body", into: &errors)
        case .image:
            body = PageService.singleLine(raw.body)
            PageService.check(body, maximum: Self.altMaximum, field: "body", into: &errors)
        case .links:
            switch PageLinks.parse(raw.links) {
            case .success(let links) where links.count > Self.maximumEntries:
                errors.add("links", PagesText.tooManyEntries(Self.maximumEntries))
            case .success(let links):
                entries = try Self.json(links)
            case .failure(let problem):
                errors.add("links", PagesText.linkInvalid(problem.line))
            }
        case .team:
            switch try await teamEntries(raw.team) {
            case .success(let team): entries = try Self.json(team)
            case .failure(let problem): errors.add("team", problem.message)
            }
        case .contact, .latestPosts, .jobs:
            break
        }
        guard errors.isEmpty else { return errors }
        block.title = title
        block.body = body
        if let entries { block.entries = entries }
        try await block.save(on: database)
        return errors
    }

    /// Stores an uploaded picture as the page's own and shows it in the image block.
    func uploadImage(_ block: PageBlock, file: UploadedFile, description: String, media: MediaService) async throws {
        guard block.kind == .image else { throw UserFacingError(.unprocessableEntity, PagesText.notAnImageBlock) }
        let medium = try await media.upload(file, by: block.pageID, purpose: .header, description: description)
        do {
            try await setImage(block, mediumID: medium.requireID())
        } catch {
            try? await media.discard(medium)
            throw error
        }
    }

    /// Shows one of the page's own pictures in an image block; a picture of anyone else is refused.
    func setImage(_ block: PageBlock, mediumID: Int64) async throws {
        guard block.kind == .image else { throw UserFacingError(.unprocessableEntity, PagesText.notAnImageBlock) }
        guard let medium = try await MediaLookup(database: database).media(ids: [mediumID])[mediumID],
              Self.isPagePicture(medium, of: block.pageID) else {
            throw UserFacingError(.unprocessableEntity, PagesText.imageNotOfPage)
        }
        block.mediaID = mediumID
        try await block.save(on: database)
    }

    /// The pictures the page's image blocks show, newest first, to choose from for another image block.
    func pictures(of blocks: [PageBlock]) async throws -> [MediaAttachment] {
        let found = try await MediaLookup(database: database).media(ids: blocks.compactMap(\.mediaID))
        return found.values.sorted { $0.requireID() > $1.requireID() }
    }

    /// Pictures of a page are its own media of the public kind (as header images are): a page is public.
    static func isPagePicture(_ medium: MediaAttachment, of pageID: Int64) -> Bool {
        medium.ownerID == pageID && medium.purpose == .header && medium.kind == .image
    }

    func move(_ block: PageBlock, _ direction: Direction) async throws {
        let (pageID, position) = (block.pageID, block.position)
        try await database.writeTransaction { db in
            let query = PageBlock.query(on: db).filter(\.$pageID == pageID)
            switch direction {
            case .up: query.filter(\.$position < position).sort(\.$position, .descending)
            case .down: query.filter(\.$position > position).sort(\.$position, .ascending)
            }
            guard let neighbour = try await query.first() else { return }
            block.position = neighbour.position
            neighbour.position = position
            try await block.save(on: db)
            try await neighbour.save(on: db)
        }
    }

    func remove(_ block: PageBlock) async throws {
        try await block.delete(on: database)
    }

    /// "username | role" lines; every name must be a person of this Treffpunkt.
    private func teamEntries(_ text: String) async throws -> Result<[PageTeamEntry], TeamProblem> {
        var lines: [(name: String, position: String)] = []
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: "|", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard let first = parts.first, !first.isEmpty else { continue }
            let name = first.hasPrefix("@") ? String(first.dropFirst()) : first
            lines.append((name, parts.count > 1 ? parts[1] : ""))
        }
        guard lines.count <= Self.maximumEntries else { return .failure(TeamProblem(message: PagesText.tooManyEntries(Self.maximumEntries))) }
        if lines.contains(where: { $0.position.count > PageLinks.labelMaximum }) {
            return .failure(TeamProblem(message: PagesText.tooLong(PageLinks.labelMaximum)))
        }
        let found = try await MemberLookup(database: database).members(usernames: lines.map(\.name))
        let unknown = lines.map(\.name).filter { found[$0.lowercased()].map { $0.isPage } ?? true }
        guard unknown.isEmpty else { return .failure(TeamProblem(message: PagesText.unknownMembers(unknown.joined(separator: ", ")))) }
        return .success(lines.compactMap { line in
            found[line.name.lowercased()].map { PageTeamEntry(memberID: $0.id, position: line.position) }
        })
    }

    private static func json<T: Encodable>(_ values: [T]) throws -> String {
        String(decoding: try JSONEncoder().encode(values), as: UTF8.self)
    }
}

/// Why the lines of a team block were refused.
struct TeamProblem: Error {
    let message: LocalizedText
}
