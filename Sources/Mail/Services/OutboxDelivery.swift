import Fluent
import Foundation
import Logging
import SQLKit
import TreffpunktCore

/// Delivers what is due in the outbox. A message is first claimed in a short transaction (its attempt
/// counted and its next attempt moved past the claim's duration; on PostgreSQL `FOR UPDATE SKIP LOCKED`,
/// so two server processes never take the same message; SQLite has a single writer), then sent outside
/// any transaction, then marked sent, or due again after the retry policy's wait, or failed.
struct OutboxDelivery {
    let database: any Database
    let client: SMTPClient
    let sender: MailAddress
    let policy: RetryPolicy
    let logger: Logger

    /// Messages one round claims at most.
    static let batchSize = 20

    struct Report: Equatable {
        var sent = 0
        var retrying = 0
        var failed = 0

        var total: Int { sent + retrying + failed }
    }

    /// Sends up to `batchSize` messages that are due at `now`.
    @discardableResult
    func deliverDue(now: Date) async throws -> Report {
        var report = Report()
        for message in try await claimDue(now: now, limit: Self.batchSize) {
            do {
                try await send(message, now: now)
                try await OutboxMessage.query(on: database).filter(\.$id == message.requireID())
                    .set(\.$state, to: .sent).set(\.$sentAt, to: now).set(\.$lastError, to: nil)
                    // The bodies can hold single-use links; once the server has them, the outbox need not.
                    .set(\.$textBody, to: "").set(\.$htmlBody, to: "")
                    .update()
                report.sent += 1
            } catch {
                let permanent = (error as? SMTPError)?.isPermanent ?? false
                let givingUp = permanent || message.attempts >= policy.maxAttempts
                let reason = String(String(describing: error).prefix(500))
                logger.warning("mail \(message.requireID()) to \(message.recipient), attempt \(message.attempts): \(reason)")
                var update = OutboxMessage.query(on: database).filter(\.$id == message.requireID()).set(\.$lastError, to: reason)
                if givingUp {
                    update = update.set(\.$state, to: .failed)
                    report.failed += 1
                } else {
                    update = update.set(\.$nextAttemptAt, to: now.addingTimeInterval(policy.delay(afterAttempt: message.attempts)))
                    report.retrying += 1
                }
                try await update.update()
            }
        }
        return report
    }

    private func send(_ message: OutboxMessage, now: Date) async throws {
        guard let recipient = MailAddress(message.recipient) else {
            throw SMTPError.rejected(command: "RCPT TO", reply: SMTPReply(code: 553, lines: ["unusable address"]))
        }
        let mime = MIMEMessage(from: sender, to: recipient, subject: message.subject, text: message.textBody,
                               html: message.htmlBody, language: message.language,
                               messageID: "outbox-\(message.requireID())@\(sender.domain)", date: now)
        try await client.send(mime.rendered, from: sender.address, to: recipient.address)
    }

    /// Takes the due messages for this sender; each comes back with its attempt already counted.
    private func claimDue(now: Date, limit: Int) async throws -> [OutboxMessage] {
        let claimedUntil = now.addingTimeInterval(policy.claimDuration)
        return try await database.writeTransaction { transaction in
            var select = transaction.sql.select().column("id").from(OutboxMessage.schema)
                .where("state", .equal, OutboxState.pending.rawValue)
                .where("next_attempt_at", .lessThanOrEqual, now)
                .orderBy("next_attempt_at").orderBy("id")
                .limit(limit)
            if transaction.sql.dialect.name == "postgresql" {
                select = select.lockingClause(SQLRaw("FOR UPDATE SKIP LOCKED"))
            }
            let ids = try await select.all().map { try $0.decode(column: "id", as: Int64.self) }
            guard !ids.isEmpty else { return [] }
            let messages = try await OutboxMessage.query(on: transaction).filter(\.$id ~~ ids).sort(\.$id).all()
            for message in messages {
                message.attempts += 1
                message.nextAttemptAt = claimedUntil
                try await message.save(on: transaction)
            }
            return messages
        }
    }
}
