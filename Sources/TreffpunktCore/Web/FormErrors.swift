/// Validation messages keyed by form field name, shown beside the fields they concern.
/// An `Error` too, so a service may return `Result<Value, FormErrors>`.
package struct FormErrors: Sendable, Equatable, Error {
    private var messages: [String: LocalizedText] = [:]

    package init() {}

    package var isEmpty: Bool { messages.isEmpty }
    package var fields: [String] { messages.keys.sorted() }

    package subscript(field: String) -> LocalizedText? {
        get { messages[field] }
        set { messages[field] = newValue }
    }

    /// Keeps the first message per field: the most basic problem is the one to fix first.
    package mutating func add(_ field: String, _ message: LocalizedText) {
        if messages[field] == nil { messages[field] = message }
    }

    /// All messages in one language, for API answers.
    package func summary(in language: AppLanguage) -> String {
        fields.compactMap { field in messages[field].map { "\(field): \($0(language))" } }.joined(separator: "; ")
    }
}
