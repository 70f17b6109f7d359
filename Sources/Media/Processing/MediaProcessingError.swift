/// Why an uploaded file cannot become a medium. People see these as localised messages.
package enum MediaProcessingError: Error, Equatable, Sendable {
    /// The bytes are none of the formats in `MediaFormat`, or not of the kind the step handles.
    case unsupported
    /// The declared Content-Type names another format than the bytes have.
    case mismatch(declared: MediaFormat, actual: MediaFormat)
    /// Truncated, or not decodable by the tools.
    case corrupt
    /// The decoded picture would have this many pixels, more than allowed.
    case tooManyPixels(Int)
    /// The video runs longer than allowed (`MediaLimits.maxVideoSeconds`).
    case videoTooLong
    /// The video's picture is larger than allowed (`MediaLimits.maxVideoPixels`).
    case videoTooLarge
    /// The named tool ran past its timeout and was killed.
    case timedOut(String)
    /// A tool is missing or failed for a reason other than the file, with its message.
    case toolFailed(String)
}
