/// Where a message of the outbox stands.
package enum OutboxState: String, Codable, Sendable, CaseIterable {
    /// Waiting for its next attempt (or, without `SMTP_URL`, for an administrator to read it).
    case pending
    /// The mail server accepted it.
    case sent
    /// Given up: the server refused it for good, or every attempt failed.
    case failed
}
