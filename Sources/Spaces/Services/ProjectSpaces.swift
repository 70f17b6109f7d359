import Fluent
import Social
import TreffpunktCore

/// Gives every project its space and keeps the space's members the project's team, for the
/// organisation feature through the Core hook. Project spaces are closed: others see that they exist.
struct ProjectSpaces: ProjectSpaceSource {
    func projectChanged(projectID: Int64, name: String, memberIDs: Set<Int64>, leadIDs: Set<Int64>,
                        on database: any Database) async throws {
        let space: Space
        if let existing = try await Space.query(on: database).filter(\.$projectID == projectID).first() {
            space = existing
            if existing.name != name, try await !nameTaken(name, by: existing.id, on: database) {
                existing.name = name
                existing.nameKey = name.lowercased()
                try await existing.update(on: database)
            }
        } else {
            let spaceName = try await nameTaken(name, by: nil, on: database) ? "\(name) (Projekt)" : name
            space = Space(slug: try await SpaceService(database: database).freeSlug(for: spaceName), name: spaceName,
                          description: "", access: .closed, createdBy: leadIDs.min() ?? memberIDs.min() ?? 0)
            space.projectID = projectID
            try await space.create(on: database)
        }
        try await SpaceMembers(database: database).replace(in: space.requireID(), with: memberIDs, admins: leadIDs)
    }

    func spacePath(forProject projectID: Int64, on database: any Database) async throws -> String? {
        try await Space.query(on: database).filter(\.$projectID == projectID).first().map { SpaceURL.space(slug: $0.slug).path }
    }

    private func nameTaken(_ name: String, by otherThan: Int64?, on database: any Database) async throws -> Bool {
        var query = Space.query(on: database).filter(\.$nameKey == name.lowercased())
        if let otherThan { query = query.filter(\.$id != otherThan) }
        return try await query.first() != nil
    }
}
