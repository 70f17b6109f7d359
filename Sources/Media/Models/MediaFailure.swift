import TreffpunktCore

/// Why a medium could not be processed. A failed video keeps this code in `failure`, so that its
/// owner is told in their own language, with the limits in force when they ask.
package enum MediaFailure: String, Sendable {
    case unsupported
    case corrupt
    case tooManyPixels = "too_many_pixels"
    case videoTooLong = "video_too_long"
    case videoTooLarge = "video_too_large"
    case timedOut = "timed_out"
    case failed

    /// The failure a processing error stands for; anything else is `failed`.
    init(_ error: any Error) {
        switch error as? MediaProcessingError {
        case .unsupported, .mismatch: self = .unsupported
        case .corrupt: self = .corrupt
        case .tooManyPixels: self = .tooManyPixels
        case .videoTooLong: self = .videoTooLong
        case .videoTooLarge: self = .videoTooLarge
        case .timedOut: self = .timedOut
        case .toolFailed, nil: self = .failed
        }
    }

    /// The code a failed medium keeps; one written by an older version says only that it failed.
    init(stored: String?) {
        self = stored.flatMap(Self.init(rawValue:)) ?? .failed
    }

    func message(_ limits: MediaLimits) -> LocalizedText {
        switch self {
        case .unsupported: MediaText.unsupportedType
        case .corrupt: MediaText.corrupt
        case .tooManyPixels: MediaText.tooManyPixels(limits.maxImagePixels)
        case .videoTooLong: MediaText.videoTooLong(seconds: limits.maxVideoSeconds)
        case .videoTooLarge: MediaText.videoTooLarge(pixels: limits.maxVideoPixels)
        case .timedOut: MediaText.processingTimedOut
        case .failed: MediaText.processingFailed
        }
    }
}
