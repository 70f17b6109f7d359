import Fluent

extension Error {
    /// True when the database refused a write because a unique index already holds the value,
    /// as happens when two requests race past the same availability check.
    package var isUniqueViolation: Bool {
        if let error = self as? any DatabaseError, error.isConstraintFailure { return true }
        let text = String(describing: self)
        return text.contains("UNIQUE constraint failed") || text.contains("23505")
    }
}
