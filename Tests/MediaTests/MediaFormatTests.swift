import Foundation
@testable import Media
import Testing

@Suite("Media formats")
struct MediaFormatTests {
    @Test("pictures are recognised by their first bytes, whatever the file is called")
    func imagesByMagicNumber() async throws {
        try await MediaFixtures.with { fixtures in
            let picture = try await fixtures.solidImage("picture.v", width: 8, height: 8)
            for (suffix, format) in [("jpg", MediaFormat.jpeg), ("png", .png), ("gif", .gif), ("webp", .webp)] {
                let named = fixtures.url("picture.\(suffix)")
                try await fixtures.vips("copy", picture.path, named.path)
                let renamed = fixtures.url("\(suffix).bin")
                try FileManager.default.moveItem(at: named, to: renamed)
                #expect(try MediaFormat.detect(fileAt: renamed) == format)
            }
        }
    }

    @Test("MP4 and QuickTime are told apart by the ftyp brand, WebM by its EBML header")
    func videosByMagicNumber() async throws {
        try await MediaFixtures.with { fixtures in
            let oneFrame = MediaFixtures.h264 + ["-frames:v", "1"]
            let mp4 = try await fixtures.video("clip.mp4", size: "32x32", videoCodec: oneFrame)
            let mov = try await fixtures.video("clip.mov", size: "32x32", videoCodec: oneFrame)
            let webm = try await fixtures.video("clip.webm", size: "32x32", videoCodec: MediaFixtures.vp9 + ["-frames:v", "1"])
            #expect(try MediaFormat.detect(fileAt: mp4) == .mp4)
            #expect(try MediaFormat.detect(fileAt: mov) == .mov)
            #expect(try MediaFormat.detect(fileAt: webm) == .webm)
        }
    }

    @Test("a PNG sent as image/jpeg shows as a mismatch between declared and actual format")
    func declaredTypeMismatch() async throws {
        try await MediaFixtures.with { fixtures in
            let picture = try await fixtures.solidImage("picture.v", width: 8, height: 8)
            let png = fixtures.url("picture.png")
            try await fixtures.vips("copy", picture.path, png.path)
            let upload = fixtures.url("holiday.jpg")
            try FileManager.default.moveItem(at: png, to: upload)

            let declared = try #require(MediaFormat(mimeType: "image/jpeg"))
            let actual = try #require(try MediaFormat.detect(fileAt: upload))
            #expect(declared == .jpeg)
            #expect(actual == .png)
        }
    }

    @Test("text, an empty file, HEIF photos and audio-only MP4 are none of the accepted formats")
    func unknownBytes() async throws {
        try await MediaFixtures.with { fixtures in
            let text = fixtures.url("notes.jpg")
            try Data("Hallo, das ist kein Bild.\n".utf8).write(to: text)
            let empty = fixtures.url("empty.png")
            try Data().write(to: empty)
            #expect(try MediaFormat.detect(fileAt: text) == nil)
            #expect(try MediaFormat.detect(fileAt: empty) == nil)
        }
        for brand in ["heic", "mif1", "avif", "M4A "] {
            let head = [0, 0, 0, 24] + Array("ftyp\(brand)".utf8) + [0, 0, 0, 0]
            #expect(MediaFormat.detect(head: head) == nil, "brand \(brand)")
        }
    }

    @Test("Content-Type values name formats, ignoring case and parameters")
    func mimeTypes() {
        for format in MediaFormat.allCases {
            #expect(MediaFormat(mimeType: format.mimeType) == format)
        }
        #expect(MediaFormat(mimeType: "image/jpg") == .jpeg)
        #expect(MediaFormat(mimeType: "Video/QuickTime; codecs=avc1") == .mov)
        #expect(MediaFormat(mimeType: "image/svg+xml") == nil)
        #expect(MediaFormat(mimeType: "text/plain") == nil)
    }

    @Test("each format is a picture or a video")
    func kinds() {
        #expect(MediaFormat.allCases.filter { $0.kind == .image } == [.jpeg, .png, .gif, .webp])
        #expect(MediaFormat.allCases.filter { $0.kind == .video } == [.mp4, .mov, .webm])
    }
}
