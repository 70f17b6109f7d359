import Foundation

/// One file of a multipart upload, written to a temporary file as it arrived.
package struct UploadedFile: Sendable {
    /// The form field it came in (`file` for Mastodon's API, `media` in the composer).
    package let field: String
    package let url: URL
    package let filename: String?
    /// The Content-Type the sender claimed; checked against the bytes, never trusted.
    package let declaredType: String?
    package let byteCount: Int
}
