import Fluent
import Vapor

/// A labelled line on a member's profile that another feature owns, such as "Unit: Sales › Team North"
/// or "Skills: Swift, CAD". Each part may link somewhere (a unit in the org chart, a skill in the directory).
package struct ProfileDetail: Sendable, Equatable {
    package struct Part: Sendable, Equatable {
        package var text: String
        package var path: String?

        package init(_ text: String, path: String? = nil) {
            self.text = text
            self.path = path
        }
    }

    package var label: LocalizedText
    package var parts: [Part]

    package init(label: LocalizedText, parts: [Part]) {
        self.label = label
        self.parts = parts
    }
}

/// Lets the profile page (Social) show what the organisation feature knows about a member (unit, manager,
/// skills) without either knowing the other.
package protocol ProfileDetailsSource: Sendable {
    func details(of memberID: Int64, on database: any Database) async throws -> [ProfileDetail]
}

extension Application {
    private struct ProfileDetailsKey: StorageKey {
        typealias Value = any ProfileDetailsSource
    }

    package var profileDetails: (any ProfileDetailsSource)? {
        get { storage[ProfileDetailsKey.self] }
        set { storage[ProfileDetailsKey.self] = newValue }
    }
}

extension Request {
    /// The details other features add to a member's profile; none when no feature provides them.
    package func profileDetails(of memberID: Int64) async throws -> [ProfileDetail] {
        try await application.profileDetails?.details(of: memberID, on: db) ?? []
    }
}
