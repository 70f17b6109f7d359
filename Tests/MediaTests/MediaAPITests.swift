import Foundation
import Fluent
@testable import Media
import Testing
import TestSupport
import TreffpunktCore
import Vapor
import VaporTesting

@Suite("Media API: uploads, processing, access")
struct MediaAPITests {
    private func part(_ file: URL, filename: String? = nil, type: String) throws -> UploadPart {
        UploadPart(filename: filename ?? file.lastPathComponent, contentType: type, data: try Data(contentsOf: file))
    }

    /// The path and query of an address the API gave out.
    private func local(_ address: String) throws -> String {
        let url = try #require(URL(string: address))
        return url.path + (url.query.map { "?" + $0 } ?? "")
    }

    @Test("a photo: 200 with its variants, alt text editable by its owner only, files only for who may see them")
    func photo() async throws {
        try await MediaFixtures.with { fixtures in
            try await withTestApp { app in
                let anna = try await app.apiMember("anna")
                let ben = try await app.apiMember("ben")
                let image = try await fixtures.solidImage("photo.png", width: 640, height: 480)
                let uploaded = try await app.apiUpload("/api/v2/media", token: anna.token, fields: [("description", "Der Messestand")],
                                                       files: [try part(image, type: "image/png")])
                #expect(uploaded.status == .ok, "\(uploaded.text)")
                let medium = try uploaded.decoded(MastodonMediaAttachment.self)
                #expect(medium.type == "image" && medium.description == "Der Messestand")
                #expect(medium.meta.original?.width == 640 && medium.meta.original?.height == 480)
                #expect(medium.meta.small?.width == 480 && medium.blurhash?.count == 28)
                let url = try local(try #require(medium.url))
                #expect(url.hasPrefix("/media/\(medium.id)/large?access="))

                let served = try await app.api(.GET, url)
                #expect(served.status == .ok && served.headers.contentType?.subType == "webp")
                #expect(served.headers.first(name: .cacheControl) == "private, max-age=3600")
                // Not attached to anything: nobody but the owner, and a changed signature opens nothing.
                #expect(try await app.api(.GET, "/media/\(medium.id)/large").status == .notFound)
                #expect(try await app.api(.GET, "/media/\(medium.id)/large", token: ben.token).status == .notFound)
                #expect(try await app.api(.GET, url.replacingOccurrences(of: "access=\(anna.id)", with: "access=\(ben.id)")).status == .notFound)
                // Tokens sign in under /api only: apps load files by the signed address, even the owner's.
                #expect(try await app.api(.GET, "/media/\(medium.id)/large", token: anna.token).status == .notFound)

                let described = try await app.api(.PUT, "/api/v1/media/\(medium.id)", token: anna.token,
                                                  json: #"{"description": "Unser Stand auf der Hannover Messe", "focus": "0.5,-0.25"}"#)
                #expect(described.status == .ok)
                let changed = try described.decoded(MastodonMediaAttachment.self)
                #expect(changed.description == "Unser Stand auf der Hannover Messe" && changed.meta.focus == .init(x: 0.5, y: -0.25))
                #expect(try await app.api(.PUT, "/api/v1/media/\(medium.id)", token: ben.token, json: #"{"description": "x"}"#).status == .notFound)
                #expect(try await app.api(.PUT, "/api/v1/media/\(medium.id)", token: anna.token, json: #"{"focus": "2,0"}"#).status == .unprocessableEntity)
                #expect(try await app.api(.GET, "/api/v1/media/\(medium.id)", token: anna.token).status == .ok)
            }
        }
    }

    @Test("a phone photo's GPS position is in no file the server gives out")
    func gpsIsGone() async throws {
        try await MediaFixtures.with { fixtures in
            try await withTestApp { app in
                let anna = try await app.apiMember("anna")
                let photo = MediaFixtures.committed("gps.jpg")
                #expect(try await fixtures.header(of: photo).contains("GPS"))
                let uploaded = try await app.apiUpload("/api/v2/media", token: anna.token, files: [try part(photo, type: "image/jpeg")])
                let medium = try uploaded.decoded(MastodonMediaAttachment.self)
                for address in [medium.url, medium.preview_url] {
                    let served = try await app.api(.GET, try local(try #require(address)))
                    let file = fixtures.url("served-\(UUID().uuidString).webp")
                    try Data(buffer: served.body).write(to: file)
                    let header = try await fixtures.header(of: file)
                    #expect(!header.contains("GPS") && !header.contains("exif"), "\(header)")
                }
            }
        }
    }

    @Test("bad uploads are refused with a clear 4xx and leave no file and no record behind")
    func badUploads() async throws {
        try await MediaFixtures.with { fixtures in
            try await withTestApp(configure: { $0.mediaLimits = MediaLimits(maxImageBytes: 200_000, maxVideoBytes: 300_000, maxImagePixels: 4_000_000) }) { app in
                let anna = try await app.apiMember("anna")
                let png = try await fixtures.solidImage("picture.png", width: 64, height: 48)
                let noise = try await fixtures.noiseImage("noise.png", width: 600, height: 600)
                let bomb = fixtures.url("bomb.png")
                try await fixtures.vips("black", bomb.path, "3000", "3000")
                let text = fixtures.url("notes.txt")
                try Data("Nur ein Text".utf8).write(to: text)
                let cases: [(UploadPart, HTTPResponseStatus, String)] = [
                    (try part(png, filename: "picture.jpg", type: "image/jpeg"), .unprocessableEntity, "gibt sich als JPEG aus, ist aber PNG"),
                    (try part(png, filename: "picture.png", type: "image/jpeg"), .unprocessableEntity, "gibt sich als JPEG aus"),
                    (try part(text, type: "text/plain"), .unprocessableEntity, "nicht unterstützt"),
                    (try part(try fixtures.truncated(png), filename: "cut.png", type: "image/png"), .unprocessableEntity, "beschädigt"),
                    (try part(bomb, type: "image/png"), .unprocessableEntity, "zu viele Bildpunkte"),
                    (UploadPart(filename: "big.png", contentType: "image/png", data: Data(count: 400_000)), .payloadTooLarge, "zu groß"),
                ]
                for (file, status, message) in cases {
                    let response = try await app.apiUpload("/api/v2/media", token: anna.token, files: [file])
                    #expect(response.status == status, "\(file.filename): \(response.text)")
                    #expect(response.errorMessage?.contains(message) == true, "\(file.filename): \(response.errorMessage ?? "")")
                }
                let noFile = try await app.apiUpload("/api/v2/media", token: anna.token, fields: [("description", "x")], files: [])
                #expect(noFile.status == .unprocessableEntity && noFile.errorMessage == "Es wurde keine Datei gesendet.")
                #expect(try await app.api(.POST, "/api/v2/media", token: anna.token, json: "{}").status == .unprocessableEntity)
                // A body that breaks its own boundaries, on an upload and on an ordinary endpoint.
                let headers: HTTPHeaders = ["Content-Type": "multipart/form-data; boundary=abc", "Authorization": "Bearer \(anna.token)"]
                for (method, path) in [(HTTPMethod.POST, "/api/v2/media"), (.POST, "/api/v1/statuses")] {
                    let broken = try await app.testing().sendRequest(method, path, headers: headers, body: ByteBuffer(string: "--abc--\r\n"))
                    #expect(broken.status == .badRequest, "\(path): \(broken.text)")
                }
                let longField = try await app.apiUpload("/api/v2/media", token: anna.token, fields: [("description", String(repeating: "x", count: 70_000))],
                                                        files: [try part(png, type: "image/png")])
                #expect(longField.status == .payloadTooLarge)
                let withNUL = try await app.apiUpload("/api/v2/media", token: anna.token, fields: [("description", "a\u{0}b")],
                                                      files: [try part(png, type: "image/png")])
                #expect(withNUL.status == .badRequest && withNUL.errorMessage?.contains("NUL") == true)
                // A noisy picture of 600x600 compresses badly: over the image limit of 200 kB, under the upload limit.
                let noisy = try await app.apiUpload("/api/v2/media", token: anna.token, files: [try part(noise, type: "image/png")])
                #expect(noisy.status == .payloadTooLarge || noisy.status == .ok)

                let kept = try await MediaAttachment.query(on: app.db).count()
                #expect(kept == (noisy.status == .ok ? 1 : 0))
                let temporary = URL(fileURLWithPath: app.config.dataDirectory).appendingPathComponent("tmp")
                let leftovers = (try? FileManager.default.subpathsOfDirectory(atPath: temporary.path)) ?? []
                #expect(leftovers.isEmpty, "left in tmp: \(leftovers)")
                let stored = URL(fileURLWithPath: app.config.dataDirectory).appendingPathComponent("files/media")
                let folders = (try? FileManager.default.contentsOfDirectory(atPath: stored.path)) ?? []
                #expect(folders.count == kept)
            }
        }
    }

    @Test("a video left in processing when the server stopped is taken up at the next start")
    func resumesAfterRestart() async throws {
        try await MediaFixtures.with { fixtures in
            try await withTestApp { app in
                let anna = try await app.apiMember("anna")
                let clip = try await fixtures.video("left.mp4", seconds: 1, videoCodec: MediaFixtures.h264)
                // As the upload leaves it: the source stored, the record in processing, no job running.
                let medium = MediaAttachment(id: SnowflakeID.next(), ownerID: try #require(Int64(anna.id)), kind: .video,
                                             purpose: .attachment, description: "", sourceFormat: MediaFormat.mp4.rawValue)
                let copy = fixtures.url("copy.mp4")
                try FileManager.default.copyItem(at: clip, to: copy)
                try await app.fileStore.store(copy, as: MediaVariant.sourceKey(for: medium.requireID(), format: "mp4"))
                try await medium.create(on: app.db)

                try await app.mediaJobs.resumePending()
                await app.mediaJobs.idle()
                let done = try #require(try await MediaAttachment.find(medium.requireID(), on: app.db))
                #expect(done.state == .ready && done.progress == 1)
                #expect(await app.fileStore.exists(MediaVariant.video.key(for: medium.requireID())))
                #expect(!(await app.fileStore.exists(MediaVariant.sourceKey(for: medium.requireID(), format: "mp4"))))
            }
        }
    }

    @Test("a video: 202 while it is made playable, progress, then 200 with an H.264 file and a poster")
    func video() async throws {
        try await MediaFixtures.with { fixtures in
            try await withTestApp { app in
                let anna = try await app.apiMember("anna")
                let mov = try await fixtures.video("clip.mov", seconds: 1, videoCodec: MediaFixtures.mpeg4Part2, extra: MediaFixtures.berlin)
                let uploaded = try await app.apiUpload("/api/v2/media", token: anna.token, files: [try part(mov, type: "video/quicktime")])
                #expect(uploaded.status == .accepted, "\(uploaded.text)")
                let medium = try uploaded.decoded(MastodonMediaAttachment.self)
                #expect(medium.type == "video" && medium.url == nil)
                let early = try await app.api(.GET, "/api/v1/media/\(medium.id)", token: anna.token)
                #expect(early.status == .partialContent || early.status == .ok)

                await app.mediaJobs.idle()
                let done = try await app.api(.GET, "/api/v1/media/\(medium.id)", token: anna.token)
                #expect(done.status == .ok, "\(done.text)")
                let ready = try done.decoded(MastodonMediaAttachment.self)
                let video = try await app.api(.GET, try local(try #require(ready.url)))
                #expect(video.status == .ok && video.headers.contentType?.subType == "mp4")
                let poster = try await app.api(.GET, try local(try #require(ready.preview_url)))
                #expect(poster.status == .ok)
                #expect(ready.meta.original?.width == 160 && (ready.meta.original?.duration ?? 0) > 0.5)

                let served = fixtures.url("served.mp4")
                try Data(buffer: video.body).write(to: served)
                let report = try await fixtures.probeJSON(of: served)
                #expect(report.contains("h264") && !report.contains("52.5200"))
                let source = URL(fileURLWithPath: app.config.dataDirectory).appendingPathComponent("files/media/\(medium.id)")
                #expect(try FileManager.default.contentsOfDirectory(atPath: source.path).sorted() == ["large.webp", "small.webp", "video.mp4"])
            }
        }
    }
}
