import Foundation

/// The web-ready versions of an uploaded picture, free of metadata, and what a page needs to
/// show a placeholder before they load.
package struct ProcessedImage: Sendable, Equatable {
    /// `large.webp`: fits 1920×1920, never upscaled.
    package let large: ImageVariant
    /// `small.webp`: fits 480×480.
    package let small: ImageVariant
    /// A 4×3-component BlurHash of the picture.
    package let blurHash: String
    /// The picture's mean colour as `#rrggbb`.
    package let averageColor: String
    /// Whether the variants keep all frames of an animated GIF or WebP.
    package let isAnimated: Bool
}

/// One stored size of a picture; for an animation, `height` is that of one frame.
package struct ImageVariant: Sendable, Equatable {
    package let url: URL
    package let width: Int
    package let height: Int
}
