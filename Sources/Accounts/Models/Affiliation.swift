/// Whether a person works for the company or comes from outside. Only employees (Mitarbeitende) are
/// insiders: intern posts, the org chart, the directory, internal spaces, forums and wikis are theirs.
/// Guests are customers, applicants and partners who registered freely.
package enum Affiliation: String, Sendable, Codable, CaseIterable {
    case employee
    case guest

    package var isEmployee: Bool { self == .employee }
}
