import Foundation
import Testing
import TestSupport
import TreffpunktCore
import Vapor
import VaporTesting

/// Each project's space follows its team; its status updates reach the team's newsfeeds.
@Suite("Project spaces")
struct ProjectSpaceTests {
    @Test("a project gets a closed space whose members are the team; status updates reach the team's newsfeeds")
    func projectSpace() async throws {
        try await withTestApp { app in
            let spaces = SpaceFixtures(app: app)
            let leaMember = try await app.apiMember("lea"), maxMember = try await app.apiMember("max")
            let (lea, max) = (leaMember.browser, maxMember.browser)
            let kai = try await spaces.member("kai")
            let leaID = try #require(Int64(leaMember.id)), maxID = try #require(Int64(maxMember.id))
            let hook = try #require(app.projectSpaces)
            try await hook.projectChanged(projectID: 42, name: "Neue Website", memberIDs: [leaID, maxID], leadIDs: [leaID], on: app.db)
            let path = try #require(try await hook.spacePath(forProject: 42, on: app.db))
            #expect(path == "/s/neue-website")

            let page = try await lea.get(path)
            #expect(page.text.contains("Projektraum"))
            #expect(page.text.contains("Projektteam"))
            #expect(try await spaces.post("Statusmeldung: Entwürfe sind fertig", in: "neue-website", by: lea).status == .seeOther)
            #expect(try await max.get("/").text.contains("Statusmeldung: Entwürfe sind fertig"))
            #expect(try await kai.get("/").text.contains("Statusmeldung") == false)
            // Who belongs is the project's business: nobody joins, asks or leaves by hand.
            #expect(try await kai.post("\(path)/request").status == .unprocessableEntity)
            #expect(try await max.post("\(path)/leave").status == .unprocessableEntity)

            // The team changes: Max leaves the project and with it the space; a renamed project renames it.
            try await hook.projectChanged(projectID: 42, name: "Website 2027", memberIDs: [leaID], leadIDs: [leaID], on: app.db)
            #expect(try await max.get("/").text.contains("Statusmeldung") == false)
            #expect(try await lea.get(path).text.contains("Website 2027"))
        }
    }

    @Test("the API takes no space visibility: a space post is written in the space")
    func apiRefusesSpaceVisibility() async throws {
        try await withTestApp { app in
            let member = try await app.apiMember("anna")
            let refused = try await app.api(.POST, "/api/v1/statuses", token: member.token,
                                            json: #"{"status": "Hallo", "visibility": "space"}"#)
            #expect(refused.status == .unprocessableEntity)
        }
    }
}
