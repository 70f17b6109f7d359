import Fluent
import Foundation
import TreffpunktCore

/// The one way features send e-mail: a message is written to the outbox, in the caller's transaction when
/// `database` is one, and the delivery loop hands it to the mail server later. Enqueuing never waits for
/// a mail server, and a rolled-back change takes its mail with it.
package struct MailOutbox {
    let database: any Database

    package init(database: any Database) {
        self.database = database
    }

    /// A recipient that cannot be written into an SMTP envelope (line breaks, brackets, no `@`).
    package struct UnusableRecipient: Error {}

    /// Whether mail can go to this address: plain ASCII `local@domain` without spaces or brackets (the SMTP
    /// client speaks no SMTPUTF8). Features check it before they promise a mail.
    package static func canDeliver(to address: String) -> Bool {
        MailAddress.isPlainAddress(address)
    }

    /// Adds the message, due at once; returns its id.
    @discardableResult
    package func enqueue(_ mail: OutgoingMail, now: Date) async throws -> Int64 {
        guard Self.canDeliver(to: mail.recipient) else { throw UnusableRecipient() }
        let message = OutboxMessage(mail, now: now)
        try await message.create(on: database)
        return message.requireID()
    }

    /// Newest first, `limit` at a time, older than `beforeID` when given (keyset paging on the id).
    func page(before beforeID: Int64?, limit: Int) async throws -> [OutboxMessage] {
        var query = OutboxMessage.query(on: database).sort(\.$id, .descending).limit(limit)
        if let beforeID { query = query.filter(\.$id < beforeID) }
        return try await query.all()
    }

    func message(id: Int64) async throws -> OutboxMessage? {
        try await OutboxMessage.find(id, on: database)
    }
}
