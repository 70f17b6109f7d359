/// What a member may do on this Treffpunkt beyond their own content.
package enum Role: String, Sendable, Codable, CaseIterable {
    case member
    case admin
}
