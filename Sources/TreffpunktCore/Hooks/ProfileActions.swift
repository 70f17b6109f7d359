import Fluent
import Vapor

/// A button another feature adds to a member's profile, such as "Nachricht senden": a form posted to
/// `path`, so it works without JavaScript and carries the form token.
package struct ProfileAction: Sendable, Equatable {
    package let label: LocalizedText
    package let path: String

    package init(label: LocalizedText, path: String) {
        self.label = label
        self.path = path
    }
}

/// Lets the profile page (Social) offer what other features can do with a member, without knowing them.
package protocol ProfileActionsSource: Sendable {
    /// The actions `viewerID` may take on the profile of `memberID` (never their own).
    func actions(on memberID: Int64, username: String, for viewerID: Int64, on database: any Database) async throws -> [ProfileAction]
}

extension Application {
    private struct ProfileActionsKey: StorageKey {
        typealias Value = [any ProfileActionsSource]
    }

    /// The features that add profile buttons, in the order they were installed.
    package var profileActions: [any ProfileActionsSource] {
        get { storage[ProfileActionsKey.self] ?? [] }
        set { storage[ProfileActionsKey.self] = newValue }
    }
}

extension Request {
    /// The buttons other features add to the profile of `memberID` for the signed-in reader.
    package func profileActions(on memberID: Int64, username: String) async throws -> [ProfileAction] {
        guard let viewer, viewer.id != memberID else { return [] }
        var actions: [ProfileAction] = []
        for source in application.profileActions {
            actions += try await source.actions(on: memberID, username: username, for: viewer.id, on: db)
        }
        return actions
    }
}
