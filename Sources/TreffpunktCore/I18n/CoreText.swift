/// Strings of the web shell and of errors every feature can raise.
package enum CoreText {
    static let skipToContent = LocalizedText(de: "Zum Inhalt springen", en: "Skip to content")
    static let mainNavigation = LocalizedText(de: "Hauptnavigation", en: "Main navigation")
    static let home = LocalizedText(de: "Start", en: "Home")
    static let people = LocalizedText(de: "Mitglieder", en: "Members")
    static let organisation = LocalizedText(de: "Organigramm", en: "Org chart")
    static let spaces = LocalizedText(de: "Räume", en: "Spaces")
    static let companyPages = LocalizedText(de: "Unternehmensseiten", en: "Company pages")
    static let blogs = LocalizedText(de: "Blogs", en: "Blogs")
    static let forums = LocalizedText(de: "Foren", en: "Forums")
    package static let wiki = LocalizedText(de: "Wiki", en: "Wiki")
    /// A space's own blog and forum, as its page links to them.
    package static let blog = LocalizedText(de: "Blog", en: "Blog")
    package static let forum = LocalizedText(de: "Forum", en: "Forum")
    static let friends = LocalizedText(de: "Freunde", en: "Friends")
    static let notifications = LocalizedText(de: "Benachrichtigungen", en: "Notifications")
    static let chats = LocalizedText(de: "Nachrichten", en: "Messages")
    static func unreadChats(_ count: Int) -> LocalizedText {
        LocalizedText(de: count == 1 ? "1 ungelesene Nachricht" : "\(count) ungelesene Nachrichten",
                      en: count == 1 ? "1 unread message" : "\(count) unread messages")
    }
    static let search = LocalizedText(de: "Suche", en: "Search")
    static func unreadCount(_ count: Int) -> LocalizedText {
        LocalizedText(de: "\(count) ungelesen", en: "\(count) unread")
    }
    static let myProfile = LocalizedText(de: "Mein Profil", en: "My profile")
    static let settings = LocalizedText(de: "Einstellungen", en: "Settings")
    package static let settingsTitle = LocalizedText(de: "Einstellungen", en: "Settings")
    package static let settingsProfileTab = LocalizedText(de: "Profil", en: "Profile")
    package static let settingsSkillsTab = LocalizedText(de: "Fähigkeiten", en: "Skills")
    package static let settingsAccountTab = LocalizedText(de: "Konto", en: "Account")
    package static let settingsPostingTab = LocalizedText(de: "Beiträge und Kontakte", en: "Posts and contacts")
    package static let settingsTokensTab = LocalizedText(de: "API-Zugänge", en: "API access")
    static let invitations = LocalizedText(de: "Einladungen", en: "Invitations")
    package static let logIn = LocalizedText(de: "Anmelden", en: "Log in")
    static let logOut = LocalizedText(de: "Abmelden", en: "Log out")
    package static let register = LocalizedText(de: "Registrieren", en: "Sign up")
    static let languageLabel = LocalizedText(de: "Sprache", en: "Language")
    static let switchLanguage = LocalizedText(de: "Sprache wechseln", en: "Change language")
    static let messages = LocalizedText(de: "Hinweise", en: "Messages")
    static let tagline = LocalizedText(de: "Das Mitmach-Netz für Ihr Unternehmen", en: "The company network everyone takes part in")

    package static let loginRequired = LocalizedText(de: "Bitte melden Sie sich an, um fortzufahren.", en: "Please log in to continue.")
    package static let adminsOnly = LocalizedText(de: "Nur Administratorinnen und Administratoren dürfen das.", en: "Only administrators may do this.")
    package static let csrfRejected = LocalizedText(
        de: "Das Formular ist abgelaufen oder stammt nicht von dieser Seite. Bitte laden Sie die Seite neu und senden Sie es erneut.",
        en: "The form has expired or did not come from this site. Please reload the page and send it again."
    )
    package static func searchTextTooLong(_ maximum: Int) -> LocalizedText {
        LocalizedText(de: "Der Suchbegriff ist zu lang (höchstens \(maximum) Zeichen).",
                      en: "The search text is too long (at most \(maximum) characters).")
    }
    package static let crossSiteRejected = LocalizedText(
        de: "Diese Anfrage kam nicht von einer Seite dieses Treffpunkts. Programme melden sich mit einem API-Token an.",
        en: "This request did not come from a page of this Treffpunkt. Programs sign in with an API token."
    )
    package static let invalidBody = LocalizedText(de: "Der Inhalt der Anfrage ist ungültig", en: "The request body is invalid")
    package static let invalidMultipart = LocalizedText(
        de: "Der Inhalt der Anfrage ist kein gültiges multipart/form-data.", en: "The request body is not valid multipart/form-data.")
    package static let nulCharacter = LocalizedText(
        de: "Eingaben dürfen kein NUL-Zeichen (\\0) enthalten.",
        en: "Input must not contain the NUL character (\\0)."
    )
    package static let payloadTooLarge = LocalizedText(de: "Die Anfrage ist zu groß.", en: "The request is too large.")
    package static let unsupportedMediaType = LocalizedText(
        de: "Dieses Format wird nicht unterstützt. Bitte JSON oder Formulardaten senden.",
        en: "This format is not supported. Please send JSON or form data."
    )

    // Error pages
    package static let notFoundTitle = LocalizedText(de: "Seite nicht gefunden", en: "Page not found")
    static let notFoundText = LocalizedText(
        de: "Diese Seite gibt es nicht oder Sie dürfen sie nicht sehen. Vielleicht hat sich ein Tippfehler in die Adresse geschlichen?",
        en: "This page does not exist or you may not see it. Perhaps the address has a typo?"
    )
    static let forbiddenTitle = LocalizedText(de: "Kein Zugriff", en: "Access denied")
    static let forbiddenText = LocalizedText(de: "Dafür fehlen Ihnen die Rechte.", en: "You lack the rights to do this.")
    static let serverErrorTitle = LocalizedText(de: "Da ist etwas schiefgelaufen", en: "Something went wrong")
    static let serverErrorText = LocalizedText(
        de: "Ein unerwarteter Fehler ist aufgetreten. Wir haben ihn protokolliert; bitte versuchen Sie es gleich noch einmal.",
        en: "An unexpected error occurred. It has been logged; please try again in a moment."
    )
    static let tooManyRequestsTitle = LocalizedText(de: "Zu viele Versuche", en: "Too many attempts")
    static let badRequestTitle = LocalizedText(de: "Ungültige Anfrage", en: "Invalid request")
    static let unexpectedError = LocalizedText(de: "Unerwarteter Fehler", en: "Unexpected error")
    static let backHome = LocalizedText(de: "Zur Startseite", en: "Back to the home page")
}

extension CoreText {
    package static let outsideScopes = LocalizedText(
        de: "Diese Aktion liegt außerhalb der erlaubten Bereiche (Scopes) des Zugangsschlüssels",
        en: "This action is outside the authorized scopes"
    )
}
