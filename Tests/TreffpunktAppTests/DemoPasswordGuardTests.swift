import Accounts
import Testing
import TestSupport
import TreffpunktApp
import Vapor

/// A demo company deployed as it is would let in anyone who read the README's password:
/// `serve` outside development refuses to start while any demo person still has it.
@Suite("serve's start check for the published demo password")
struct DemoPasswordGuardTests {
    private func refusal(_ app: Application, environment: Environment = .production, declaredDemo: Bool = false) async throws -> String? {
        try await DemoPasswordGuard.refusal(environment: environment, declaredDemo: declaredDemo, app: app)
    }

    @Test("In production serve refuses to start while demo people keep the published password, and says what to do")
    func refusesInProduction() async throws {
        try await withTestApp { app in
            try await AccountsDemoData.seed(on: app)
            let refusal = try #require(try await refusal(app))
            #expect(refusal.contains("30 demo account(s)"))
            #expect(refusal.contains(": alexander.schulze, andreas.koch, anna.schmidt, "))
            #expect(refusal.contains("change the password"))
            #expect(refusal.contains("without `treffpunkt seed --demo`"))
            #expect(refusal.contains("TREFFPUNKT_DEMO=true"))
            // Every environment but development and testing is a deployment, a "staging" too.
            #expect(try await self.refusal(app, environment: Environment(name: "staging")) != nil)
            #expect(try await self.refusal(app, environment: .development) == nil)
            #expect(try await self.refusal(app, environment: .testing) == nil)
        }
    }

    @Test("TREFFPUNKT_DEMO=true lets a demo installation start in production")
    func declaredDemoStarts() async throws {
        try await withTestApp { app in
            try await AccountsDemoData.seed(on: app)
            #expect(try await refusal(app, declaredDemo: true) == nil)
        }
    }

    @Test("Once every demo person changed the password production starts; one who sets it back stops it again")
    func changedPasswordsLetItStart() async throws {
        try await withTestApp { app in
            try await AccountsDemoData.seed(on: app)
            for username in AccountsDemoData.usernames {
                let person = TestBrowser(app)
                #expect(try await person.logIn(username, password: AccountsDemoData.password).status == .seeOther)
                let changed = try await person.post("/settings/account/password",
                                                    form: ["current_password": AccountsDemoData.password, "new_password": "eigenes-\(username)"])
                #expect(changed.status == .seeOther)
                if username == AccountsDemoData.usernames[0] {
                    #expect(try await refusal(app)?.contains("29 demo account(s)") == true)
                }
            }
            #expect(try await refusal(app) == nil)
            #expect(try await refusal(app) == nil)   // the remembered result

            let julia = TestBrowser(app)
            #expect(try await julia.logIn("julia.weber", password: "eigenes-julia.weber").status == .seeOther)
            #expect(try await julia.post("/settings/account/password",
                                         form: ["current_password": "eigenes-julia.weber", "new_password": AccountsDemoData.password]).status == .seeOther)
            let refusal = try #require(try await refusal(app))
            #expect(refusal.contains("1 demo account(s)"))
            #expect(refusal.contains(": julia.weber."))
        }
    }

    @Test("A production installation without demo people starts")
    func noDemoPeopleStarts() async throws {
        try await withTestApp { app in
            try await TestBrowser(app).register("chefin")
            #expect(try await refusal(app) == nil)
        }
    }
}
