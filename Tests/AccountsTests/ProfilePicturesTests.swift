@testable import Accounts
import Foundation
import Fluent
@testable import Media
import Testing
import TestSupport
import Vapor
import VaporTesting

@Suite("Profile pictures")
struct ProfilePicturesTests {
    private func picture(_ width: Int, _ height: Int) async throws -> Data {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("avatar-\(UUID().uuidString).png")
        defer { try? FileManager.default.removeItem(at: file) }
        try await ExternalTool("vips").run(["black", file.path, String(width), String(height), "--bands", "3"])
        return try Data(contentsOf: file)
    }

    private func send(_ app: Application, _ member: APIMember, fields: [(String, String)] = [], files: [UploadPart]) async throws -> TestingHTTPResponse {
        let token = try await member.browser.currentCSRFToken()
        return try await app.apiUpload("/settings/profile/pictures?_csrf=\(token)", token: nil, fields: fields, files: files,
                                       cookie: member.browser.cookieHeader)
    }

    @Test("a member sets, replaces and removes profile picture and header image; they are public, the replaced ones gone")
    func pictures() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna")
            let set = try await send(app, anna, files: [
                UploadPart(field: "avatar", filename: "ich.png", contentType: "image/png", data: try await picture(400, 400)),
                UploadPart(field: "header", filename: "halle.png", contentType: "image/png", data: try await picture(1200, 300)),
            ])
            #expect(set.status == .seeOther, "\(set.text)")
            var account = try await app.api(.GET, "/api/v1/accounts/\(anna.id)").decoded(MastodonAccount.self)
            let avatar = try #require(URL(string: account.avatar)).path
            let header = try #require(URL(string: account.header)).path
            #expect(avatar.hasPrefix("/media/") && avatar.hasSuffix("/small") && header.hasSuffix("/large"))
            let served = try await app.api(.GET, avatar)
            #expect(served.status == .ok && served.headers.first(name: .cacheControl) == "public, max-age=86400")
            #expect(try await app.api(.GET, header).status == .ok)
            #expect(try await anna.browser.get("/@anna").text.contains(#"src="\#(avatar)""#))

            let replaced = try await send(app, anna, files: [
                UploadPart(field: "avatar", filename: "neu.png", contentType: "image/png", data: try await picture(200, 200)),
            ])
            #expect(replaced.status == .seeOther)
            #expect(try await app.api(.GET, avatar).status == .notFound)
            account = try await app.api(.GET, "/api/v1/accounts/\(anna.id)").decoded(MastodonAccount.self)
            #expect(try #require(URL(string: account.avatar)).path != avatar)
            #expect(try #require(URL(string: account.header)).path == header)

            let removed = try await send(app, anna, fields: [("remove_header", "1")], files: [])
            #expect(removed.status == .seeOther)
            account = try await app.api(.GET, "/api/v1/accounts/\(anna.id)").decoded(MastodonAccount.self)
            #expect(account.header == "http://localhost:8080/images/header.png")
            #expect(try await app.api(.GET, header).status == .notFound)
            #expect(try await MediaAttachment.query(on: app.db).count() == 1)
        }
    }

    @Test("Mastodon clients set the profile picture with update_credentials, as multipart with the other fields")
    func apiPictures() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna")
            let updated = try await app.apiUpload("/api/v1/accounts/update_credentials", method: .PATCH, token: anna.token,
                                                  fields: [("display_name", "Anna Schmidt"), ("note", "Vertrieb Nord")],
                                                  files: [UploadPart(field: "avatar", filename: "ich.jpg", contentType: "image/png",
                                                                     data: try await picture(300, 300))])
            #expect(updated.status == .unprocessableEntity, "a PNG called .jpg is refused: \(updated.text)")
            let fixed = try await app.apiUpload("/api/v1/accounts/update_credentials", method: .PATCH, token: anna.token,
                                                fields: [("display_name", "Anna Schmidt"), ("note", "Vertrieb Nord")],
                                                files: [UploadPart(field: "avatar", filename: "ich.png", contentType: "image/png",
                                                                   data: try await picture(300, 300))])
            #expect(fixed.status == .ok, "\(fixed.text)")
            let account = try fixed.decoded(MastodonAccount.self)
            #expect(account.display_name == "Anna Schmidt" && account.avatar.contains("/media/"))
            #expect(try await app.api(.GET, try #require(URL(string: account.avatar)).path).status == .ok)
            // Plain JSON still works.
            let json = try await app.api(.PATCH, "/api/v1/accounts/update_credentials", token: anna.token, json: #"{"note": "Vertrieb Süd"}"#)
            #expect(json.status == .ok)
            #expect(try json.decoded(MastodonAccount.self).avatar == account.avatar)
        }
    }

    @Test("a picture that is no picture is refused on the settings page, and the old one stays")
    func badPictures() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna")
            let text = try await send(app, anna, files: [UploadPart(field: "avatar", filename: "ich.png", contentType: "image/png", data: Data("kein Bild".utf8))])
            #expect(text.status == .unprocessableEntity && text.text.contains("nicht unterstützt"))
            let video = FileManager.default.temporaryDirectory.appendingPathComponent("clip-\(UUID().uuidString).mp4")
            defer { try? FileManager.default.removeItem(at: video) }
            try await ExternalTool("ffmpeg").run(["-nostdin", "-v", "error", "-f", "lavfi", "-i", "testsrc=size=64x48:rate=5", "-t", "1",
                                                  "-c:v", "libx264", "-pix_fmt", "yuv420p", video.path])
            let moving = try await send(app, anna, files: [UploadPart(field: "avatar", filename: "clip.mp4", contentType: "video/mp4",
                                                                      data: try Data(contentsOf: video))])
            #expect(moving.status == .unprocessableEntity && moving.text.contains("müssen Bilder sein"))
            #expect(try await MediaAttachment.query(on: app.db).count() == 0)
            let page = try await anna.browser.get("/settings/profile")
            #expect(page.text.contains(#"id="picture-avatar""#) && page.text.contains(#"enctype="multipart/form-data""#))
        }
    }
}
