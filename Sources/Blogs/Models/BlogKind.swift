/// Whose blog it is: a person's, a company page's or a space's.
enum BlogKind: String, Codable, Sendable, CaseIterable {
    case person
    case page
    case space
}
