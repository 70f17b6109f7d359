@testable import Blogs
import Foundation
import SQLKit
import Testing
import TestSupport
import Vapor
import VaporTesting

/// Scheduled articles: hidden until their moment, then published once — by the scheduler or by a reader.
@Suite("Scheduled articles")
struct SchedulingTests {
    @Test("a scheduled article is hidden and marked for its writer until the scheduler publishes it, exactly once")
    func schedulerPublishes() async throws {
        try await withTestApp { app in
            let blogs = BlogFixture(app: app)
            let anna = try await blogs.member("anna"), ben = try await blogs.member("ben")
            try await app.befriend(anna, ben)
            let moment = Date().addingTimeInterval(3600)
            let path = try await blogs.article("Neue Kantine", in: "/@anna/blog", by: anna.browser, intent: "schedule",
                                               publishAt: BlogFixture.formMoment(moment))
            #expect(try await anna.browser.get(path).text.contains("geplant für"))
            #expect(try await anna.browser.get("/@anna/blog").text.contains("geplant für"))
            #expect(try await ben.browser.get(path).status == .notFound)
            #expect(try await ben.browser.get("/@anna/blog").text.contains("Neue Kantine") == false)
            #expect(try await blogs.publisher.publishDue(now: Date()) == 0)
            #expect(try await blogs.postID(ofArticle: path) == nil)

            // Two rounds at once, as the scheduler and a reader might: one announcement.
            let later = moment.addingTimeInterval(60)
            async let first = blogs.publisher.publishDue(now: later)
            async let second = blogs.publisher.publishDue(now: later)
            #expect(try await first + second == 1)
            #expect(try await blogs.publisher.publishDue(now: later) == 0)
            #expect(try await blogs.announcements(of: path) == 1)
            #expect(try await ben.browser.get(path).status == .ok)
            #expect(try await ben.browser.get("/").text.contains("Neue Kantine"))
        }
    }

    @Test("opening a blog publishes what is due; a moment in the past or no moment is refused")
    func readerPublishes() async throws {
        try await withTestApp { app in
            let blogs = BlogFixture(app: app)
            let anna = try await blogs.member("anna"), ben = try await blogs.member("ben")
            let past = try await blogs.write("Zu spät", in: "/@anna/blog", by: anna.browser, intent: "schedule",
                                             publishAt: BlogFixture.formMoment(Date().addingTimeInterval(-3600)))
            #expect(past.status == .unprocessableEntity && past.text.contains("in der Zukunft"))
            let missing = try await blogs.write("Ohne Zeit", in: "/@anna/blog", by: anna.browser, intent: "schedule", publishAt: "morgen")
            #expect(missing.status == .unprocessableEntity)

            let path = try await blogs.article("Betriebsversammlung", in: "/@anna/blog", by: anna.browser, intent: "schedule",
                                               publishAt: BlogFixture.formMoment(Date().addingTimeInterval(3600)))
            // Its moment passes (as if an hour went by).
            try await app.db.sql.raw("UPDATE blog_articles SET publish_at = \(bind: Date().addingTimeInterval(-60)) WHERE id = \(bind: try blogs.id(path))").run()
            #expect(try await ben.browser.get("/@anna/blog").text.contains("Betriebsversammlung"))
            #expect(try await blogs.announcements(of: path) == 1)
            #expect(try await blogs.publisher.publishDue() == 0)
        }
    }
}
