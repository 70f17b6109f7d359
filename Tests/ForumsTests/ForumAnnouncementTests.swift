import Testing
import TestSupport
import VaporTesting

/// The post that announces a new forum topic speaks the reader's language and links relatively.
@Suite("Forum announcements")
struct ForumAnnouncementTests {
    @Test("an English reader sees 'New forum topic' with a relative link to the topic")
    func readersLanguage() async throws {
        try await withTestApp(configure: { $0.publicURL = "https://treffpunkt.example" }) { app in
            let forum = ForumFixtures(app: app)
            let anna = try await forum.member("anna"), kai = try await forum.member("kai")
            let category = try await forum.category("Allgemeines", by: anna)
            let topic = try await forum.topic("Fahrgemeinschaft", in: category, by: anna)
            #expect(try await kai.post("/language", form: ["language": "en", "return_to": "/"]).status == .seeOther)
            let profile = try await kai.get("/@anna").text
            #expect(profile.contains("New forum topic: <a href=\"/forums/topics/\(topic)\">Fahrgemeinschaft</a>"))
            #expect(!profile.contains("Neues Thema") && !profile.contains("treffpunkt.example/forums"))
        }
    }
}
