import Foundation

/// Turns an uploaded photo into web-ready WebP variants with libvips.
///
/// The pixel limit is checked on the header alone, before anything is decoded, so a small file
/// that claims an enormous picture (a decompression bomb) costs nothing. Decoding then fails on a
/// truncated file instead of padding it with grey.
package struct ImageProcessor: Sendable {
    package static let largeEdge = 1920
    package static let smallEdge = 480
    /// The edge of the sample BlurHash and the average colour are computed from.
    static let sampleEdge = 32

    package let maxPixels: Int

    package init(maxPixels: Int) {
        self.maxPixels = maxPixels
    }

    /// Writes `large.webp` and `small.webp` into `directory`: upright (EXIF orientation applied),
    /// sRGB, without any metadata (EXIF with GPS, XMP, IPTC, ICC), animated when the input is.
    /// - Parameters:
    ///   - input: the uploaded file; its path must not end in `]`, which libvips reads as options.
    ///   - format: the format `MediaFormat.detect` found in the bytes. It is checked again, since
    ///     libvips picks its decoder by content and must only ever see the four picture formats.
    /// - Throws: `MediaProcessingError`: `.unsupported` for a video or unknown format,
    ///   `.mismatch` when the bytes are another format, `.tooManyPixels`, `.corrupt` when libvips
    ///   cannot read the file.
    package func process(_ input: URL, format: MediaFormat, into directory: URL) async throws -> ProcessedImage {
        guard format.kind == .image, let actual = try MediaFormat.detect(fileAt: input) else {
            throw MediaProcessingError.unsupported
        }
        guard actual == format else { throw MediaProcessingError.mismatch(declared: format, actual: actual) }
        let header = try await ImageHeader.read(input)
        guard header.pixelCount <= maxPixels else {
            throw MediaProcessingError.tooManyPixels(header.pixelCount)
        }
        let isAnimated = format.canBeAnimated && header.pages > 1

        let large = directory.appendingPathComponent("large.webp")
        do {
            try await writeVariant(of: input, animated: isAnimated, isColour: header.bands >= 3, to: large, fitting: Self.largeEdge)
        } catch is ExternalToolFailure {
            throw MediaProcessingError.corrupt
        }
        let small = directory.appendingPathComponent("small.webp")
        try await failuresAsToolFailed {
            // From the upright, sRGB large variant: cheaper than decoding the original again.
            try await writeVariant(of: large, animated: isAnimated, isColour: true, to: small, fitting: Self.smallEdge)
        }
        let largeHeader = try await ImageHeader.read(large)
        let smallHeader = try await ImageHeader.read(small)
        let sample = try await failuresAsToolFailed {
            try await pixelSample(of: large, bands: largeHeader.bands, in: directory)
        }
        return ProcessedImage(
            large: ImageVariant(url: large, width: largeHeader.width, height: largeHeader.height),
            small: ImageVariant(url: small, width: smallHeader.width, height: smallHeader.height),
            blurHash: BlurHash.encode(sample),
            averageColor: sample.averageColorHex,
            isAnimated: isAnimated
        )
    }

    /// `vips thumbnail`: shrinks to fit `edge`×`edge` (never enlarges), turns the picture upright
    /// by its EXIF orientation, converts to sRGB and fails on a truncated input. `n=-1` loads all
    /// frames of an animation; the fail-on option must be given to thumbnail itself, as thumbnail
    /// overrides one given in the file name's load options. The sRGB import profile is only the
    /// fallback for pictures without an embedded one: without it, libvips 8.14 shifts the colours
    /// of untagged RGB pictures when exporting to sRGB (CMYK still gets its CMYK fallback). A grey
    /// picture (one or two bands) refuses an RGB import profile and needs none.
    private func writeVariant(of input: URL, animated: Bool, isColour: Bool, to output: URL, fitting edge: Int) async throws {
        try await ExternalTool("vips").run([
            "thumbnail", input.path + (animated ? "[n=-1]" : ""), output.path + "[Q=80]", String(edge),
            "--height", String(edge), "--size", "down", "--fail-on", "truncated",
        ] + (isColour ? ["--import-profile", "srgb"] : []) + ["--export-profile", "srgb"])
        try WebPMetadata.strip(fileAt: output)
    }

    /// The first frame squeezed to `sampleEdge`×`sampleEdge` as raw bytes: BlurHash components
    /// are relative to the picture's size, so the aspect ratio does not matter.
    private func pixelSample(of image: URL, bands: Int, in directory: URL) async throws -> RGBPixels {
        let raw = directory.appendingPathComponent("blurhash-sample.raw")
        defer { try? FileManager.default.removeItem(at: raw) }
        let edge = String(Self.sampleEdge)
        try await ExternalTool("vips").run([
            "thumbnail", image.path, raw.path, edge, "--height", edge, "--size", "force",
        ])
        return try RGBPixels(raw: Data(contentsOf: raw), width: Self.sampleEdge, height: Self.sampleEdge, bands: bands)
    }

    /// Steps that read only our own output: when they fail, the tool is at fault, not the upload.
    private func failuresAsToolFailed<Result>(_ step: () async throws -> Result) async throws -> Result {
        do {
            return try await step()
        } catch let failure as ExternalToolFailure {
            throw MediaProcessingError.toolFailed(failure.description)
        }
    }
}
