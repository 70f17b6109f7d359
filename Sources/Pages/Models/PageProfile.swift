import Fluent
import Foundation
import TreffpunktCore

/// The about section of a company page: who the company is, how to reach it, and its imprint
/// (Impressum). Name and tagline live on the page's account, where Mastodon clients read them.
final class PageProfile: Model, @unchecked Sendable {
    static let schema = "page_profiles"

    /// The page account's id.
    @ID(custom: "id", generatedBy: .user) var id: Int64?
    @Field(key: "about") var about: String
    @Field(key: "address") var address: String
    @Field(key: "phone") var phone: String
    @Field(key: "email") var email: String
    @Field(key: "website") var website: String
    @Field(key: "imprint") var imprint: String
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(pageID: Int64) {
        self.id = pageID
        self.about = ""
        self.address = ""
        self.phone = ""
        self.email = ""
        self.website = ""
        self.imprint = ""
    }

    var hasContact: Bool { !(address.isEmpty && phone.isEmpty && email.isEmpty && website.isEmpty) }
}
