import Fluent
import SQLKit
import TreffpunktCore

/// A category with how many topics it holds, for a forum's overview.
struct CategoryOverview: Sendable {
    let category: ForumCategory
    let topicCount: Int
}

/// The categories of a forum: listed by everyone who may read the forum, created by its moderators.
struct CategoryService {
    static let nameLimit = 80
    static let descriptionLimit = 300

    let database: any Database

    func overview(of scope: ForumScope) async throws -> [CategoryOverview] {
        let categories = try await ForumCategory.query(on: database).filter(\.$forumKey == scope.key).sort(\.$name).all()
        guard !categories.isEmpty else { return [] }
        let ids: [any Encodable & Sendable] = categories.map { $0.requireID() }
        let rows = try await database.sql.raw("""
            SELECT category_id, COUNT(*) AS n FROM forum_topics WHERE category_id IN (\(binds: ids)) GROUP BY category_id
            """).all()
        var counts: [Int64: Int] = [:]
        for row in rows {
            counts[try row.decode(column: "category_id", as: Int64.self)] = try row.decode(column: "n", as: Int.self)
        }
        return categories.map { CategoryOverview(category: $0, topicCount: counts[$0.requireID()] ?? 0) }
    }

    /// The category at `slug` in this forum; another forum's is not found here.
    func category(slug: String, in scope: ForumScope) async throws -> ForumCategory {
        guard let category = try await ForumCategory.query(on: database)
            .filter(\.$forumKey == scope.key).filter(\.$slug == slug).first() else {
            throw UserFacingError.notFound(ForumsText.categoryNotFound)
        }
        return category
    }

    func create(name rawName: String, description rawDescription: String, in scope: ForumScope,
                by memberID: Int64) async throws -> Result<ForumCategory, FormErrors> {
        guard scope.canModerate else { throw UserFacingError(.forbidden, ForumsText.moderatorsOnly) }
        let name = rawName.trimmingCharacters(in: .whitespacesAndNewlines)
        let description = rawDescription.trimmingCharacters(in: .whitespacesAndNewlines)
        var errors = FormErrors()
        let slug = Slug.make(from: name)
        if name.isEmpty {
            errors.add("name", ForumsText.nameRequired)
        } else if name.count > Self.nameLimit {
            errors.add("name", ForumsText.tooLong(Self.nameLimit))
        } else if slug.isEmpty {
            errors.add("name", ForumsText.nameNeedsLetters)
        }
        if description.count > Self.descriptionLimit { errors.add("description", ForumsText.tooLong(Self.descriptionLimit)) }
        guard errors.isEmpty else { return .failure(errors) }
        let category = ForumCategory(forumKey: scope.key, slug: slug, name: name, description: description, createdBy: memberID)
        do {
            try await category.create(on: database)
        } catch where error.isUniqueViolation {
            errors.add("name", ForumsText.categoryExists)
            return .failure(errors)
        }
        return .success(category)
    }
}
