import Accounts
import Fluent
import TreffpunktCore

/// Reads and keeps a person's choice of notification mail.
struct NotificationMailPreference {
    let database: any Database

    func choice(of memberID: Int64) async throws -> NotificationMailChoice {
        if let setting = try await NotificationMailSetting.find(memberID, on: database) { return setting.choice }
        let confirmed = try await MailRecipients(database: database).recipients(ids: [memberID])[memberID]?.hasConfirmedAddress ?? false
        return .standard(hasConfirmedAddress: confirmed)
    }

    func set(_ choice: NotificationMailChoice, for memberID: Int64) async throws {
        let setting = try await NotificationMailSetting.find(memberID, on: database) ?? NotificationMailSetting(memberID: memberID, choice: choice)
        setting.choice = choice
        try await setting.save(on: database)
    }
}
