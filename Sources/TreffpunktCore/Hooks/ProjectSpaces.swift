import Fluent
import Vapor

/// Every project has a space of its own where its team posts status updates. The organisation feature
/// owns projects and their members; the spaces feature owns spaces. This hook lets the first keep the
/// second in step without either knowing the other.
package protocol ProjectSpaceSource: Sendable {
    /// Creates the project's space when it has none, and makes its name and members those of the project
    /// (`leadIDs` become the space's admins). Runs inside the caller's transaction when `database` is one.
    func projectChanged(projectID: Int64, name: String, memberIDs: Set<Int64>, leadIDs: Set<Int64>,
                        on database: any Database) async throws
    /// The web address of the project's space, if it has one.
    func spacePath(forProject projectID: Int64, on database: any Database) async throws -> String?
}

extension Application {
    private struct ProjectSpacesKey: StorageKey {
        typealias Value = any ProjectSpaceSource
    }

    package var projectSpaces: (any ProjectSpaceSource)? {
        get { storage[ProjectSpacesKey.self] }
        set { storage[ProjectSpacesKey.self] = newValue }
    }
}
