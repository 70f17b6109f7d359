/// What an account stands for: a person who logs in, or a company page that its team runs and that
/// nobody logs in as. Both follow, post and are found alike; only a person has a password and friends.
package enum AccountKind: String, Sendable, Codable, CaseIterable {
    case person
    case page
}
