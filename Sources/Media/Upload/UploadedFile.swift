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

    /// Also for files that come from elsewhere than a form, such as demo pictures; `url` is consumed by the upload.
    package init(field: String, url: URL, filename: String?, declaredType: String?, byteCount: Int) {
        self.field = field
        self.url = url
        self.filename = filename
        self.declaredType = declaredType
        self.byteCount = byteCount
    }
}
