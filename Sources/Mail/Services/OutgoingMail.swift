import TreffpunktCore

/// An e-mail as a feature writes it: one recipient, a subject, a plain-text and an HTML body, both
/// complete (mail programs show one or the other), in the recipient's language.
package struct OutgoingMail: Sendable, Equatable {
    package var recipient: String
    package var subject: String
    package var text: String
    /// Markup the feature built with escaped values only: it reaches the recipient's mail program as it is.
    package var html: String
    package var language: AppLanguage

    package init(recipient: String, subject: String, text: String, html: String, language: AppLanguage) {
        self.recipient = recipient
        self.subject = subject
        self.text = text
        self.html = html
        self.language = language
    }
}
