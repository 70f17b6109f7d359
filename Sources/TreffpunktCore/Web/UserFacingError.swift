import Vapor

/// An error a service throws when a person asked for something that cannot be done, with the
/// message in every language. Pages and the API show the message in the reader's language.
package struct UserFacingError: Error, Sendable {
    package let status: HTTPResponseStatus
    package let message: LocalizedText

    package init(_ status: HTTPResponseStatus, _ message: LocalizedText) {
        self.status = status
        self.message = message
    }

    /// Something the reader may not see is answered as if it did not exist, so its existence does not leak.
    package static func notFound(_ message: LocalizedText = CoreText.notFoundTitle) -> UserFacingError {
        UserFacingError(.notFound, message)
    }
}
