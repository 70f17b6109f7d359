/// Where a medium is on its way from upload to display.
package enum MediaState: String, Sendable, Codable {
    /// A video being made playable in the background; images are ready when the upload answers.
    case processing
    case ready
    /// Processing failed; the files are gone and `failure` says why.
    case failed
}
