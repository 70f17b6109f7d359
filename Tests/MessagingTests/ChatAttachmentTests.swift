import Foundation
@testable import Media
import Testing
import TestSupport
import Vapor
import VaporTesting

@Suite("Messaging: attachments")
struct ChatAttachmentTests {
    /// A small PNG made with libvips, as a phone's picture would arrive.
    private func picture() async throws -> UploadPart {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("chat-\(UUID().uuidString).png")
        defer { try? FileManager.default.removeItem(at: file) }
        try await ExternalTool("vips").run(["black", file.path, "40", "30"])
        return UploadPart(filename: "bild.png", contentType: "image/png", data: try Data(contentsOf: file))
    }

    @Test("a picture in a chat is loaded by its participants only, and no longer by someone removed")
    func attachmentsForParticipantsOnly() async throws {
        try await withTestApp { app in
            let chats = MessagingFixtures(app: app)
            let anna = try await chats.member("anna"), ben = try await chats.member("ben")
            let carl = try await chats.member("carl"), erik = try await chats.member("erik")
            let group = try await chats.chat(anna, with: [ben, carl], name: "Fotos")
            let uploaded = try await app.apiUpload("/api/v2/media", token: anna.token, fields: [("description", "Messestand")], files: [try await picture()])
            let mediumID = try #require(try uploaded.object["id"] as? String)
            let message = try await chats.send("", in: group, by: anna, media: [mediumID])
            let attachments = try #require(message["media_attachments"] as? [[String: Any]])
            #expect(attachments.first?["id"] as? String == mediumID)

            for member in [ben, carl] {
                #expect(try await member.browser.get("/media/\(mediumID)/small").status == .ok)
            }
            #expect(try await erik.browser.get("/media/\(mediumID)/small").status == .notFound)
            #expect(try await ben.browser.get("/messages/\(group)").text.contains("/media/\(mediumID)/small"))

            #expect(try await app.api(.DELETE, "/api/v1/chats/\(group)/participants/\(carl.id)", token: anna.token).status == .ok)
            #expect(try await carl.browser.get("/media/\(mediumID)/small").status == .notFound)
            // Attached once: it cannot be sent again elsewhere.
            let direct = try await chats.chat(anna, with: [erik])
            let again = try await app.api(.POST, "/api/v1/chats/\(direct)/messages", token: anna.token,
                                          json: #"{"content": "Nochmal", "media_ids": ["\#(mediumID)"]}"#)
            #expect(again.status == .unprocessableEntity)
            // Through the page's form with a file.
            let cookie = ben.browser.cookieHeader
            let token = try await ben.browser.currentCSRFToken()
            let sent = try await app.apiUpload("/messages/\(group)/messages?_csrf=\(token)", token: nil, fields: [("text", "Mein Foto")],
                                               files: [UploadPart(field: "media", filename: "b.png", contentType: "image/png", data: try await picture().data)],
                                               cookie: cookie)
            #expect(sent.status == .seeOther, "\(sent.text)")
            #expect(try await chats.count("chat_message_media") == 2)
        }
    }
}
