import Fluent
import Foundation
import TreffpunktCore

/// A member of this Treffpunkt.
final class User: Model, @unchecked Sendable {
    static let schema = "users"

    @ID(custom: "id", generatedBy: .user) var id: Int64?
    /// As the member typed it; `usernameKey` is its lower-cased twin that keeps names unique regardless of case.
    @Field(key: "username") var username: String
    @Field(key: "username_key") var usernameKey: String
    @Field(key: "display_name") var displayName: String
    /// Stored lower-cased, so the same address cannot register twice in different case.
    @Field(key: "email") var email: String
    @Field(key: "password_hash") var passwordHash: String
    @Field(key: "role") var role: Role
    @Field(key: "bio") var bio: String
    @Field(key: "position") var position: String
    @Field(key: "department") var department: String
    @OptionalField(key: "language") var language: AppLanguage?
    /// Profile picture and header image, media of purpose avatar and header (public, like Mastodon's).
    @OptionalField(key: "avatar_media_id") var avatarMediaID: Int64?
    @OptionalField(key: "header_media_id") var headerMediaID: Int64?
    /// Raised when the password changes: sessions that carry an older epoch are signed out.
    @Field(key: "auth_epoch") var authEpoch: Int
    /// A person, or a company page (which has no usable password: nobody logs in as a page).
    @Field(key: "kind") var kind: AccountKind
    /// When the person proved the address is theirs; `nil` only for a registration by e-mail domain whose
    /// link was not followed yet: such an account can neither sign in nor use a token.
    @OptionalField(key: "email_confirmed_at") var emailConfirmedAt: Date?
    /// Employee or guest: decides what of the company's inside the person sees. Read on every request.
    @Field(key: "affiliation") var affiliation: Affiliation
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    /// `emailConfirmedAt` is asked every time: an account that does not need to prove its address passes
    /// the moment it was created. `affiliation` too: whoever creates an account decides whether it is an insider.
    init(username: String, displayName: String, email: String, passwordHash: String, role: Role, emailConfirmedAt: Date?,
         affiliation: Affiliation) {
        self.id = SnowflakeID.next()
        self.username = username
        self.usernameKey = username.lowercased()
        self.displayName = displayName
        self.email = email.lowercased()
        self.passwordHash = passwordHash
        self.role = role
        self.bio = ""
        self.position = ""
        self.department = ""
        self.language = nil
        self.authEpoch = 0
        self.kind = .person
        self.emailConfirmedAt = emailConfirmedAt
        self.affiliation = affiliation
    }

    var viewer: Viewer {
        Viewer(id: requireID(), username: username, displayName: displayName, role: role, language: language,
               isEmployee: affiliation.isEmployee)
    }

    func requireID() -> Int64 {
        guard let id else { preconditionFailure("a stored user always has an id") }
        return id
    }
}
