import Foundation
@testable import Media
import Testing

@Suite("Image processing")
struct ImageProcessorTests {
    private let processor = ImageProcessor(maxPixels: 40_000_000)

    @Test("the GPS position in a photo's EXIF is in neither variant, nor is any other metadata")
    func metadataIsStripped() async throws {
        try await MediaFixtures.with { fixtures in
            let photo = MediaFixtures.committed("gps.jpg")
            #expect(try await fixtures.header(of: photo).contains("GPSLatitude"))

            let result = try await processor.process(photo, format: .jpeg, into: fixtures.outputDirectory())

            for variant in [result.large.url, result.small.url] {
                let header = try await fixtures.header(of: variant)
                #expect(!header.contains("GPS"))
                #expect(!header.contains("exif-data"))
                #expect(!header.contains("icc-profile-data"))
                #expect(!header.contains("xmp-data"))
            }
        }
    }

    @Test("a 40×20 photo tagged EXIF orientation 6 comes out upright, 20×40")
    func orientationIsApplied() async throws {
        try await MediaFixtures.with { fixtures in
            let result = try await processor.process(
                MediaFixtures.committed("orientation6.jpg"), format: .jpeg, into: fixtures.outputDirectory()
            )
            #expect(result.large.width == 20)
            #expect(result.large.height == 40)
        }
    }

    @Test("grey pictures, with and without transparency, come out as sRGB")
    func greyPictures() async throws {
        try await MediaFixtures.with { fixtures in
            for bands in [1, 2] {
                let grey = fixtures.url("grey-\(bands).png")
                try await fixtures.vips("black", grey.path, "64", "48", "--bands", String(bands))
                let image = try await processor.process(grey, format: .png, into: fixtures.outputDirectory("out-\(bands)"))
                // The second band is transparency, all clear here: the placeholder lays it on white.
                #expect(image.large.width == 64 && image.averageColor == (bands == 1 ? "#000000" : "#ffffff"))
                #expect(try await fixtures.header(of: image.large.url).contains("srgb"))
            }
        }
    }

    @Test("large fits 1920×1920 and small 480×480, in WebP")
    func variantSizes() async throws {
        try await MediaFixtures.with { fixtures in
            let photo = try await fixtures.solidImage("wide.jpg", width: 3000, height: 2000)
            let directory = try fixtures.outputDirectory()

            let result = try await processor.process(photo, format: .jpeg, into: directory)

            #expect(result.large == ImageVariant(url: directory.appendingPathComponent("large.webp"), width: 1920, height: 1280))
            #expect(result.small == ImageVariant(url: directory.appendingPathComponent("small.webp"), width: 480, height: 320))
            #expect(try MediaFormat.detect(fileAt: result.large.url) == .webp)
            #expect(try MediaFormat.detect(fileAt: result.small.url) == .webp)
            #expect(!result.isAnimated)
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["large.webp", "small.webp"])
        }
    }

    @Test("a small picture is not enlarged; BlurHash and average colour describe it")
    func smallPictureAndPlaceholder() async throws {
        try await MediaFixtures.with { fixtures in
            let picture = try await fixtures.solidImage("solid.png", width: 64, height: 48, rgb: (30, 120, 200))

            let result = try await processor.process(picture, format: .png, into: fixtures.outputDirectory())

            #expect((result.large.width, result.large.height) == (64, 48))
            #expect((result.small.width, result.small.height) == (64, 48))
            #expect(result.blurHash.count == 28)
            let hashColour = Base83.decode(result.blurHash, from: 2, length: 4)
            let averageColour = try #require(Int(result.averageColor.dropFirst(), radix: 16))
            #expect(result.averageColor.count == 7)
            // WebP stores colour as 4:2:0 YUV, so the colour comes back within a step or two.
            for colour in [hashColour, averageColour] {
                let channels = [colour >> 16, colour >> 8 & 0xFF, colour & 0xFF]
                for (channel, expected) in zip(channels, [30, 120, 200]) {
                    #expect(abs(channel - expected) <= 3, "\(result.averageColor) \(result.blurHash)")
                }
            }
        }
    }

    @Test("truncated JPEG and PNG files are corrupt, not padded with grey", arguments: ["jpg", "png"])
    func truncatedFilesAreCorrupt(suffix: String) async throws {
        try await MediaFixtures.with { fixtures in
            let noise = try await fixtures.noiseImage("noise.v")
            let complete = fixtures.url("noise.\(suffix)")
            try await fixtures.vips("copy", noise.path, complete.path)
            let format = try #require(try MediaFormat.detect(fileAt: complete))

            await #expect(throws: MediaProcessingError.corrupt) {
                try await processor.process(fixtures.truncated(complete), format: format, into: fixtures.outputDirectory())
            }
        }
    }

    @Test("a small file whose header claims 30000×30000 is refused before decoding")
    func decompressionBomb() async throws {
        try await MediaFixtures.with { fixtures in
            let picture = try await fixtures.solidImage("small.jpg", width: 8, height: 8)
            var bytes = [UInt8](try Data(contentsOf: picture))
            try Self.setJPEGDimensions(&bytes, width: 30_000, height: 30_000)
            let bomb = fixtures.url("bomb.jpg")
            try Data(bytes).write(to: bomb)

            let output = try fixtures.outputDirectory()
            await #expect(throws: MediaProcessingError.tooManyPixels(900_000_000)) {
                try await processor.process(bomb, format: .jpeg, into: output)
            }
            // Refused from the header alone: libvips never started writing a variant.
            #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).isEmpty)
        }
    }

    @Test("the pixel limit counts every frame of an animation")
    func animationPixelsAddUp() async throws {
        try await MediaFixtures.with { fixtures in
            let gif = try await fixtures.animatedGIF(frames: 5)
            await #expect(throws: MediaProcessingError.tooManyPixels(64 * 48 * 5)) {
                try await ImageProcessor(maxPixels: 64 * 48 * 4).process(gif, format: .gif, into: fixtures.outputDirectory())
            }
        }
    }

    @Test("an animated GIF keeps all its frames in both WebP variants")
    func animationIsKept() async throws {
        try await MediaFixtures.with { fixtures in
            let gif = try await fixtures.animatedGIF(frames: 5)

            let result = try await processor.process(gif, format: .gif, into: fixtures.outputDirectory())

            #expect(result.isAnimated)
            #expect((result.large.width, result.large.height) == (64, 48))
            #expect(try await fixtures.header(of: result.large.url).contains("n-pages: 5"))
            #expect(try await fixtures.header(of: result.small.url).contains("n-pages: 5"))
        }
    }

    @Test("bytes of another format than the one given are refused before libvips sees them")
    func formatIsChecked() async throws {
        try await MediaFixtures.with { fixtures in
            let png = try await fixtures.solidImage("picture.png", width: 8, height: 8)
            let text = fixtures.url("text.gif")
            try Data("GIF? Nein.".utf8).write(to: text)

            await #expect(throws: MediaProcessingError.mismatch(declared: .jpeg, actual: .png)) {
                try await processor.process(png, format: .jpeg, into: fixtures.outputDirectory())
            }
            await #expect(throws: MediaProcessingError.unsupported) {
                try await processor.process(text, format: .gif, into: fixtures.outputDirectory())
            }
        }
    }

    @Test("videos are not pictures")
    func videoFormatIsUnsupported() async throws {
        let nowhere = URL(fileURLWithPath: "/nonexistent")
        await #expect(throws: MediaProcessingError.unsupported) {
            try await processor.process(nowhere.appendingPathComponent("clip.mp4"), format: .mp4, into: nowhere)
        }
    }

    /// Rewrites the frame header (SOF0) of a baseline JPEG, leaving the compressed data as it is.
    private static func setJPEGDimensions(_ jpeg: inout [UInt8], width: Int, height: Int) throws {
        var offset = 2
        while offset + 4 <= jpeg.count, jpeg[offset] == 0xFF {
            let marker = jpeg[offset + 1]
            let length = Int(jpeg[offset + 2]) << 8 | Int(jpeg[offset + 3])
            if marker == 0xC0 {
                jpeg[offset + 5 ... offset + 8] = [UInt8(height >> 8), UInt8(height & 0xFF), UInt8(width >> 8), UInt8(width & 0xFF)]
                return
            }
            offset += 2 + length
        }
        throw MediaProcessingError.unsupported
    }
}
