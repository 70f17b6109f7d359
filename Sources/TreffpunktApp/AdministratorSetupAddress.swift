import Accounts
import TreffpunktCore
import Vapor

/// While the installation has no administrator, `serve` prints a one-time address through which the
/// operator registers as its first administrator; each start replaces the previous address.
package enum AdministratorSetupAddress {
    /// Issues a fresh setup token and logs its address; `nil` when an administrator exists or
    /// registration is closed (then only `create-admin` makes one).
    @discardableResult
    package static func announce(_ app: Application) async throws -> String? {
        let setup = AdministratorSetup(database: app.db)
        guard app.config.registrationMode != .closed else {
            if try await !setup.hasAdministrator() {
                app.logger.notice("No administrator yet: appoint one with `treffpunkt create-admin`.")
            }
            return nil
        }
        guard let token = try await setup.issueTokenIfNeeded(settings: app.instanceSettings) else {
            return nil
        }
        let address = "\(app.config.publicURL)/register?setup=\(token)"
        app.logger.notice("No administrator yet. Whoever registers at \(address) becomes the administrator (the address works once; or use `treffpunkt create-admin`).")
        return address
    }
}
