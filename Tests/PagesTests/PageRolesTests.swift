import Foundation
@testable import Pages
import TreffpunktCore
import Testing
import TestSupport
import Vapor
import VaporTesting

@Suite("Company pages: roles and permissions")
struct PageRolesTests {
    @Test("each role may exactly what it is for", arguments: [
        (PageRole?.some(.owner), [true, true, true, true, false]),
        (.some(.editor), [false, true, false, false, false]),
        (.some(.moderator), [false, false, true, false, false]),
        (.some(.analyst), [false, false, false, true, false]),
        (nil, [false, false, false, false, true]),
    ])
    func permissions(role: PageRole?, expected: [Bool]) {
        let permissions = PagePermissions(role: role, isLoggedIn: true, isAdmin: false)
        #expect([permissions.mayManageRoles, permissions.mayEditContent && permissions.mayPublish, permissions.mayReplyToReviews,
                 permissions.mayViewStatistics, permissions.mayReview] == expected)
        #expect(!PagePermissions.visitor.mayReview && !PagePermissions.visitor.mayEditContent)
        #expect(PagePermissions(role: nil, isLoggedIn: true, isAdmin: true).mayManageRoles)
    }

    @Test("the web pages follow the roles: manage, statistics, replies")
    func webRoles() async throws {
        try await withTestApp { app in
            let page = try await PageFixture.make(app)
            #expect(try await page.owner.browser.get("\(page.path)/manage").status == .ok)
            let editorView = try await page.editor.browser.get("\(page.path)/manage")
            #expect(editorView.status == .ok && !editorView.text.contains(#"id="grant-role""#))
            #expect(try await page.moderator.browser.get("\(page.path)/manage").status == .forbidden)
            #expect(try await page.analyst.browser.get("\(page.path)/statistics").status == .ok)
            #expect(try await page.editor.browser.get("\(page.path)/statistics").status == .forbidden)
            #expect(try await page.editor.browser.post("\(page.path)/roles", form: ["member": "anton", "role": "owner"]).status == .forbidden)
            #expect(try await page.moderator.browser.post("\(page.path)/about", form: ["name": "Gekapert"]).status == .forbidden)
            #expect(try await TestBrowser(app).get(page.path).text.contains("Gekapert") == false)
            // The composer is for editors and owners.
            #expect(try await page.editor.browser.get(page.path).text.contains(#"id="page-composer""#))
            #expect(try await page.moderator.browser.get(page.path).text.contains(#"id="page-composer""#) == false)
        }
    }

    @Test("owners grant, change and revoke roles; the last owner stays, unknown people and pages get none")
    func granting() async throws {
        try await withTestApp { app in
            let page = try await PageFixture.make(app)
            let team = try await page.owner.browser.get("\(page.path)/manage")
            #expect(team.text.contains("Edda") && team.text.contains("Moritz") && team.text.contains("Anton"))
            let unknown = try await page.owner.browser.post("\(page.path)/roles", form: ["member": "niemand", "role": "editor"])
            #expect(unknown.status == .unprocessableEntity && unknown.text.contains("niemand"))
            let badRole = try await page.owner.browser.post("\(page.path)/roles", form: ["member": "anton", "role": "kaiser"])
            #expect(badRole.status == .unprocessableEntity)
            let pageAsMember = try await page.owner.browser.post("\(page.path)/roles", form: ["member": "beispiel", "role": "editor"])
            #expect(pageAsMember.status == .unprocessableEntity)
            let rolesBefore = try await app.count("page_roles")

            let ownerID = page.owner.id
            let lastOwner = try await page.owner.browser.post("\(page.path)/roles/\(ownerID)/delete")
            #expect(lastOwner.status == .unprocessableEntity && lastOwner.text.contains("mindestens eine Inhaberin"))
            let demoted = try await page.owner.browser.post("\(page.path)/roles", form: ["member": "olga", "role": "editor"])
            #expect(demoted.status == .unprocessableEntity)
            #expect(try await app.count("page_roles") == rolesBefore)

            // Anton becomes editor instead of analyst: one role per member and page.
            #expect(try await page.owner.browser.post("\(page.path)/roles", form: ["member": "anton", "role": "editor"]).status == .seeOther)
            #expect(try await app.count("page_roles") == rolesBefore)
            #expect(try await page.analyst.browser.get("\(page.path)/statistics").status == .forbidden)
            #expect(try await page.analyst.browser.get("\(page.path)/manage").status == .ok)
            // A second owner lets the first go; the admin may always set roles.
            #expect(try await page.owner.browser.post("\(page.path)/roles", form: ["member": "anton", "role": "owner"]).status == .seeOther)
            #expect(try await page.owner.browser.post("\(page.path)/roles/\(ownerID)/delete").status == .seeOther)
            #expect(try await page.owner.browser.get("\(page.path)/manage").status == .forbidden)
            #expect(try await page.admin.browser.post("\(page.path)/roles", form: ["member": "olga", "role": "owner"]).status == .seeOther)
            #expect(try await page.owner.browser.get("\(page.path)/manage").status == .ok)
        }
    }
}

@Suite("Company pages: who writes for a page (for other features)")
struct PageWritersTests {
    @Test("owners and editors write as the page, moderators, analysts and others do not")
    func writers() async throws {
        try await withTestApp { app in
            let page = try await PageFixture.make(app)
            let pageID = try #require(Int64(try await page.accountID(app)))
            let writers = PageWriters(database: app.db)
            for (member, expected) in [(page.owner, true), (page.editor, true), (page.moderator, false), (page.analyst, false), (page.admin, false)] {
                #expect(try await writers.mayWrite(try #require(Int64(member.id)), forPage: pageID) == expected, "\(member.username)")
            }
            #expect(try await writers.pages(writableBy: try #require(Int64(page.editor.id))).map(\.username) == ["beispiel"])
            #expect(try await writers.pages(writableBy: try #require(Int64(page.analyst.id))).isEmpty)
        }
    }
}
