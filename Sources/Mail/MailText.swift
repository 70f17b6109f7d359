import TreffpunktCore

/// Every word of the Mail feature, in German and English.
enum MailText {
    static let outbox = LocalizedText(de: "Postausgang", en: "Outbox")
    static let outboxIntro = LocalizedText(
        de: "Alle E-Mails, die Treffpunkt verschickt, neueste zuerst. Gesendete Nachrichten behalten nur Empfänger und Betreff: ihr Text kann Einmal-Links enthalten.",
        en: "Every e-mail Treffpunkt sends, newest first. Sent messages keep only recipient and subject: their text can contain single-use links.")
    static let noServer = LocalizedText(
        de: "Es ist kein Mailserver eingerichtet (SMTP_URL): Nachrichten bleiben hier, bis jemand sie liest.",
        en: "No mail server is configured (SMTP_URL): messages stay here for someone to read.")
    static let empty = LocalizedText(de: "Der Postausgang ist leer.", en: "The outbox is empty.")
    static let older = LocalizedText(de: "Ältere Nachrichten", en: "Older messages")
    static let backToOutbox = LocalizedText(de: "Zurück zum Postausgang", en: "Back to the outbox")
    static let recipient = LocalizedText(de: "Empfänger", en: "Recipient")
    static let subject = LocalizedText(de: "Betreff", en: "Subject")
    static let created = LocalizedText(de: "Erstellt", en: "Created")
    static let sentAt = LocalizedText(de: "Gesendet", en: "Sent")
    static let state = LocalizedText(de: "Status", en: "State")
    static let attempts = LocalizedText(de: "Versuche", en: "Attempts")
    static let nextAttempt = LocalizedText(de: "Nächster Versuch", en: "Next attempt")
    static let lastError = LocalizedText(de: "Letzter Fehler", en: "Last error")
    static let language = LocalizedText(de: "Sprache", en: "Language")
    static let textVersion = LocalizedText(de: "Text", en: "Text")
    static let htmlVersion = LocalizedText(de: "HTML-Fassung (Quelltext)", en: "HTML version (source)")
    static let bodyDropped = LocalizedText(de: "Der Text wurde nach dem Versand gelöscht.", en: "The text was deleted after sending.")
    static let messageNotFound = LocalizedText(de: "Diese Nachricht gibt es nicht.", en: "There is no such message.")
    static let invalidCursor = LocalizedText(de: "„before“ muss eine Nachrichtennummer sein.", en: "“before” must be a message number.")

    static func stateName(_ state: OutboxState) -> LocalizedText {
        switch state {
        case .pending: LocalizedText(de: "wartet", en: "pending")
        case .sent: LocalizedText(de: "gesendet", en: "sent")
        case .failed: LocalizedText(de: "fehlgeschlagen", en: "failed")
        }
    }
}
