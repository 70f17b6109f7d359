import Accounts
import ConsoleKit
import Testing
import TestSupport
import TreffpunktCore
import Vapor

/// The subcommands a newcomer and an operator use, run as the executable runs them.
@Suite struct CommandTests {
    @Test func demoSeedIsIdempotentAndItsLoginWorks() async throws {
        try await withTestApp { app in
            try await run(["seed", "--demo"], on: app)
            let first = try await AccountsAdministration.memberCount(on: app.db)
            #expect(first >= 25)
            try await run(["seed", "--demo"], on: app)
            #expect(try await AccountsAdministration.memberCount(on: app.db) == first)
            #expect(try await app.instanceSettings.value(InstanceSettings.organisationNameKey, on: app.db) == "Musterfirma GmbH")

            let browser = TestBrowser(app)
            let login = try await browser.logIn("anna.schmidt", password: AccountsDemoData.password)
            #expect(login.status == .seeOther)
            let people = try await browser.get("/people")
            #expect(people.text.contains("Anna Schmidt"))
            #expect(people.text.contains("Musterfirma GmbH"))
            // The demo network is alive: friends, posts, comments and reactions in the newsfeed.
            let feed = try await browser.get("/")
            #expect(feed.text.contains("Hannover Messe"))
            #expect(feed.text.contains("Großartige Arbeit, Claudia!") == false)
            #expect(feed.text.contains("1 Kommentar"))
            #expect(try await browser.get("/friends").text.contains("Thomas Müller"))
        }
    }

    @Test func seedIfEmptyLeavesAnUsedDatabaseAlone() async throws {
        try await withTestApp { app in
            try await TestBrowser(app).register("erste")
            try await run(["seed", "--demo", "--if-empty"], on: app)
            #expect(try await AccountsAdministration.memberCount(on: app.db) == 1)
        }
    }

    @Test func createAdminMakesAnAdministrator() async throws {
        try await withTestApp { app in
            try await run(["create-admin", "--username", "chefin", "--email", "chefin@example.com",
                           "--display-name", "Die Chefin", "--password", "sehr-geheimes-passwort"], on: app)
            let browser = TestBrowser(app)
            #expect(try await browser.logIn("chefin", password: "sehr-geheimes-passwort").status == .seeOther)
            #expect(try await browser.get("/admin/invitations").status == .ok)
        }
    }

    @Test func migrateRunsTwiceWithoutHarm() async throws {
        try await withTestApp { app in
            try await run(["migrate"], on: app)
            try await run(["migrate"], on: app)
        }
    }

    private func run(_ arguments: [String], on app: Application) async throws {
        var context = CommandContext(console: Terminal(), input: CommandInput(arguments: ["treffpunkt"] + arguments))
        context.application = app
        try await app.asyncCommands.group().run(using: &context)
    }
}
