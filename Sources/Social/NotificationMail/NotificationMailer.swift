import Accounts
import Fluent
import Foundation
import Mail
import SQLKit
import TreffpunktCore

/// Writes notification mail into the outbox: at once for people who chose "immediately", once a day at
/// 07:00 Berlin time for those with the daily digest. A notification is told of at most once (`mailed_at`),
/// and only if the person may still see what it is about when the mail is written.
///
/// Bundling: an "immediately" person gets at most one mail per `pause`; what happens meanwhile waits and
/// comes together in the next one, so a lively thread does not fill the inbox.
struct NotificationMailer {
    static let pause: TimeInterval = 5 * 60
    static let digestHour = 7
    static let digestTimeZone = TimeZone(identifier: "Europe/Berlin")!
    /// A mail lists at most so many; the rest waits on the notifications page.
    static let mostPerMail = 30

    let database: any Database
    let publicURL: String
    let instanceName: String

    init(database: any Database, config: AppConfig) {
        self.database = database
        self.publicURL = config.publicURL
        self.instanceName = config.instanceName
    }

    /// Mails every "immediately" person with untold notifications whose last mail is older than the pause;
    /// returns how many mails were written.
    @discardableResult
    func sendImmediate(now: Date) async throws -> Int {
        try await database.writeTransaction { db in
            // Several server processes: one writes, the others find the notifications told of.
            try await db.lockForTransaction(["notification-mail"])
            let waiting = try await recipientsWithUntold(on: db)
            let settings = try await NotificationMailSetting.query(on: db)
                .filter(\.$id ~~ waiting).filter(\.$choice == .immediately).all()
            var written = 0
            for setting in settings where setting.lastMailedAt.map({ now.timeIntervalSince($0) >= Self.pause }) ?? true {
                if try await tell(try setting.requireID(), isDigest: false, on: db, now: now) {
                    setting.lastMailedAt = now
                    try await setting.save(on: db)
                    written += 1
                }
            }
            return written
        }
    }

    /// From 07:00 Berlin time, once per local day: mails every daily-digest person what they have not read
    /// and no mail has told them of; returns how many mails were written (0 when today's digest went out).
    @discardableResult
    func sendDigestIfDue(now: Date) async throws -> Int {
        guard let day = Self.digestDay(at: now) else { return 0 }
        return try await database.writeTransaction { db in
            try await db.lockForTransaction(["notification-digest"])
            guard try await NotificationDigestRun.find(day, on: db) == nil else { return 0 }
            try await NotificationDigestRun(day: day, sentAt: now).create(on: db)
            let waiting = try await recipientsWithUntold(on: db)
            let choices = Dictionary(uniqueKeysWithValues: try await NotificationMailSetting.query(on: db)
                .filter(\.$id ~~ waiting).all().map { (try $0.requireID(), $0.choice) })
            let recipients = try await MailRecipients(database: db).recipients(ids: waiting)
            var written = 0
            for id in waiting {
                let choice = choices[id] ?? .standard(hasConfirmedAddress: recipients[id]?.hasConfirmedAddress ?? false)
                switch choice {
                case .dailyDigest: if try await tell(id, isDigest: true, on: db, now: now) { written += 1 }
                // Told of never: switching to mail later does not bring up the past.
                case .never: try await markTold(id, on: db, now: now)
                case .immediately: break
                }
            }
            return written
        }
    }

    /// The local day whose digest is due at `now`, `nil` before 07:00 there.
    static func digestDay(at now: Date) -> String? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = digestTimeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour], from: now)
        guard let year = parts.year, let month = parts.month, let day = parts.day, let hour = parts.hour,
              hour >= digestHour else { return nil }
        return String(format: "%04d-%02d-%02d", year, month, day)
    }

    private func recipientsWithUntold(on db: any Database) async throws -> [Int64] {
        try await db.sql.raw("""
            SELECT DISTINCT recipient_id FROM notifications WHERE mailed_at IS NULL AND read_at IS NULL
            """).all().map { try $0.decode(column: "recipient_id", as: Int64.self) }
    }

    /// Writes one mail of the person's untold notifications they may still see, and marks all of them
    /// told; `false` when there was nothing to tell or no confirmed address to tell it to.
    private func tell(_ memberID: Int64, isDigest: Bool, on db: any Database, now: Date) async throws -> Bool {
        let untold = try await SocialNotification.query(on: db)
            .filter(\.$recipientID == memberID).filter(\.$mailedAt == nil).filter(\.$readAt == nil).all(\.$id).compactMap { $0 }
        try await markTold(memberID, on: db, now: now, ids: untold)
        guard let recipient = try await MailRecipients(database: db).recipients(ids: [memberID])[memberID],
              recipient.hasConfirmedAddress, MailOutbox.canDeliver(to: recipient.email) else { return false }
        let viewer = try await Relations(database: db).audienceViewer(for: memberID)
        let visible = try await NotificationService(database: db).unmailed(to: viewer, among: untold)
        let entries = try await entries(for: visible.suffix(Self.mostPerMail), language: recipient.language, on: db)
        guard !entries.isEmpty else { return false }
        let mail = NotificationMail.make(to: recipient, entries: entries, isDigest: isDigest,
                                         instanceName: instanceName, publicURL: publicURL)
        try await MailOutbox(database: db).enqueue(mail, now: now)
        return true
    }

    private func markTold(_ memberID: Int64, on db: any Database, now: Date, ids: [Int64]? = nil) async throws {
        var query = SocialNotification.query(on: db).filter(\.$recipientID == memberID).filter(\.$mailedAt == nil)
        if let ids {
            guard !ids.isEmpty else { return }
            query = query.filter(\.$id ~~ ids)
        }
        try await query.set(\.$mailedAt, to: now).update()
    }

    private func entries(for notifications: some Collection<SocialNotification>, language: AppLanguage,
                         on db: any Database) async throws -> [NotificationMail.Entry] {
        let postIDs = Array(Set(notifications.compactMap(\.postID)))
        let posts = postIDs.isEmpty ? [:] : Dictionary(uniqueKeysWithValues: try await Post.query(on: db)
            .filter(\.$id ~~ postIDs).all().map { ($0.requireID(), $0) })
        let actors = try await MemberLookup(database: db).members(ids: notifications.map(\.actorID))
        return notifications.compactMap { notification in
            guard let actor = actors[notification.actorID] else { return nil }
            let post = notification.postID.flatMap { posts[$0] }
            let path = post.map { SiteURL.post(id: $0.rootID ?? $0.id ?? 0).path }
                ?? notification.spaceID.map { SiteURL.spaceByID($0).path }
                ?? notification.linkPath
                ?? SiteURL.profile(username: actor.username).path
            return NotificationMail.Entry(text: SocialText.notificationText(notification.kind, actor: actor.displayName)(language),
                                          excerpt: post.map { String($0.text.prefix(140)) }, link: publicURL + path)
        }
    }
}
