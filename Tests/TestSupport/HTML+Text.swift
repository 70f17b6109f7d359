import VaporTesting

extension TestingHTTPResponse {
    /// The body as text, for checking what a page says.
    package var text: String { body.string }

    /// The `Location` header of a redirect.
    package var location: String? { headers.first(name: .location) }
}
