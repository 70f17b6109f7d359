import Accounts
import Vapor

/// `serve` outside development refuses to start while demo people still log in with the password the
/// README publishes: a demo company deployed as it is would let in anyone who read it.
/// `TREFFPUNKT_DEMO=true` declares an installation a demo on purpose.
package enum DemoPasswordGuard {
    package static let demoFlag = "TREFFPUNKT_DEMO"

    /// Prints the refusal and stops the start with exit code 1 when `serve` must not start.
    static func enforce(environment: Environment, app: Application) async throws {
        let declaredDemo = Environment.get(demoFlag)?.lowercased() == "true"
        guard let refusal = try await refusal(environment: environment, declaredDemo: declaredDemo, app: app) else { return }
        FileHandle.standardError.write(Data((refusal + "\n").utf8))
        throw ExitCode(1)
    }

    /// What to tell the operator when `serve` must not start, or `nil` when it may.
    package static func refusal(environment: Environment, declaredDemo: Bool, app: Application) async throws -> String? {
        guard environment != .development, environment != .testing, !declaredDemo else { return nil }
        let accounts = try await DemoPasswordAudit(application: app).accountsWithPublishedPassword()
        guard !accounts.isEmpty else { return nil }
        return """
            treffpunkt: not starting in the \(environment.name) environment: \(accounts.count) demo account(s) \
            still log in with the published password "\(AccountsDemoData.password)": \(accounts.joined(separator: ", ")).
            Do one of these, then start again:
              - log in as each of them and change the password, or delete the account (Settings → Account);
              - or start with a fresh database (DATA_DIR or DATABASE_URL) and without `treffpunkt seed --demo`;
              - or, if this installation is meant to be a demo, set \(demoFlag)=true.
            """
    }
}
