import Vapor

extension Request {
    /// Whether the body is a form with files (`multipart/form-data`), which routes read as it streams in.
    package var carriesFiles: Bool {
        headers.contentType.map { $0.type == "multipart" && $0.subType == "form-data" } ?? false
    }
}
