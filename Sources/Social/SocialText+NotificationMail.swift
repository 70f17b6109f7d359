import TreffpunktCore

/// The choice of notification mail and the mail itself.
extension SocialText {
    static let notificationMail = LocalizedText(de: "E-Mail-Benachrichtigungen", en: "E-mail notifications")
    static let mailImmediately = LocalizedText(de: "sofort", en: "immediately")
    static let mailDailyDigest = LocalizedText(de: "tägliche Zusammenfassung", en: "daily digest")
    static let mailNever = LocalizedText(de: "nie", en: "never")
    static let unknownMailChoice = LocalizedText(de: "Bitte wählen Sie, wann Sie E-Mails zu Benachrichtigungen erhalten.",
                                                 en: "Please choose when you receive e-mail about notifications.")

    static func notificationMailSubject(_ instance: String, count: Int) -> LocalizedText {
        count == 1
            ? LocalizedText(de: "Neues auf \(instance): 1 Benachrichtigung", en: "New on \(instance): 1 notification")
            : LocalizedText(de: "Neues auf \(instance): \(count) Benachrichtigungen", en: "New on \(instance): \(count) notifications")
    }

    static func notificationMailGreeting(_ name: String) -> LocalizedText {
        LocalizedText(de: "Hallo \(name),", en: "Hello \(name),")
    }

    static func notificationMailIntro(_ instance: String) -> LocalizedText {
        LocalizedText(de: "auf \(instance) gibt es Neues für Sie:", en: "there is news for you on \(instance):")
    }

    static func notificationMailDigestIntro(_ instance: String) -> LocalizedText {
        LocalizedText(de: "das ist seit der letzten Zusammenfassung auf \(instance) für Sie passiert:",
                      en: "this happened for you on \(instance) since the last digest:")
    }

    static let notificationMailAll = LocalizedText(de: "Alle Benachrichtigungen:", en: "All notifications:")
    static let notificationMailSettings = LocalizedText(de: "Ob und wann Sie diese E-Mails erhalten, ändern Sie hier:",
                                                        en: "Change whether and when you receive these e-mails here:")
}
