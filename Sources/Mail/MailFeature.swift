import Fluent
import Foundation
import NIOSSL
import TreffpunktCore
import Vapor

/// The Mail feature as the app wires it: the outbox every feature sends e-mail through, its delivery to
/// the SMTP server of `SMTP_URL`, and the outbox page of the administration.
package enum MailFeature {
    package static var migrations: [any Migration] {
        [CreateOutboxMessages()]
    }

    /// Every few seconds while `serve` runs.
    static let deliveryInterval: Duration = .seconds(10)

    /// `web` has sessions and form tokens.
    package static func routes(web: any RoutesBuilder) {
        OutboxController().boot(web)
    }

    /// `serve` delivers the outbox in the background when `SMTP_URL` is set; without it mail waits in
    /// the outbox for administrators (`/admin/outbox`). Other commands send nothing.
    package static func startDelivery(on app: Application, clock: @escaping @Sendable () -> Date = { Date() }) {
        guard app.config.mail.server != nil else {
            app.logger.notice("SMTP_URL is not set: e-mail waits in the outbox at /admin/outbox")
            return
        }
        guard let delivery = delivery(on: app) else {
            app.logger.error("SMTP_FROM '\(app.config.mail.sender)' is no usable address: e-mail waits in the outbox")
            return
        }
        app.repeatInBackground("mail delivery", every: deliveryInterval) {
            // A full batch means more may be waiting: go on at once.
            while try await delivery.deliverDue(now: clock()).total == OutboxDelivery.batchSize, !Task.isCancelled {}
        }
    }

    /// The delivery to the configured server, `nil` without one. Tests trust their own certificate and
    /// shorten the retry policy.
    static func delivery(on app: Application, tls: TLSConfiguration = .makeClientConfiguration(),
                         policy: RetryPolicy = RetryPolicy()) -> OutboxDelivery? {
        let config = app.config
        guard let server = config.mail.server, let sender = MailAddress(config.mail.sender) else { return nil }
        let clientName = URLComponents(string: config.publicURL)?.host ?? "localhost"
        let client = SMTPClient(server: server, eventLoopGroup: app.eventLoopGroup, tls: tls, clientName: clientName)
        return OutboxDelivery(database: app.db, client: client, sender: sender, policy: policy, logger: app.logger)
    }
}
