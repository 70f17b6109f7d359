import TreffpunktCore

/// Every string of the Accounts feature, in German and English.
enum AccountsText {
    // Fields
    static let username = LocalizedText(de: "Benutzername", en: "Username")
    static let usernameOrEmail = LocalizedText(de: "Benutzername oder E-Mail", en: "Username or e-mail")
    static let displayName = LocalizedText(de: "Anzeigename", en: "Display name")
    static let email = LocalizedText(de: "E-Mail-Adresse", en: "E-mail address")
    static let password = LocalizedText(de: "Passwort", en: "Password")
    static let currentPassword = LocalizedText(de: "Aktuelles Passwort", en: "Current password")
    static let newPassword = LocalizedText(de: "Neues Passwort", en: "New password")
    static let bio = LocalizedText(de: "Über mich", en: "About me")
    static let position = LocalizedText(de: "Position", en: "Position")
    static let department = LocalizedText(de: "Abteilung", en: "Department")
    static let language = LocalizedText(de: "Sprache", en: "Language")
    static let invitationCode = LocalizedText(de: "Einladungscode", en: "Invitation code")
    static let usernameHint = LocalizedText(
        de: "3 bis 30 Zeichen: Buchstaben a–z, Ziffern, Unterstrich; Punkt und Bindestrich in der Mitte.",
        en: "3 to 30 characters: letters a–z, digits, underscore; dot and hyphen in the middle."
    )
    static let passwordHint = LocalizedText(de: "Mindestens 10 Zeichen.", en: "At least 10 characters.")
    static let languageHint = LocalizedText(
        de: "Ohne Auswahl gilt die Sprache Ihres Browsers.",
        en: "Without a choice, your browser's language applies."
    )
    static let browserLanguage = LocalizedText(de: "Wie im Browser", en: "As in the browser")

    // Validation
    static let required = LocalizedText(de: "Bitte ausfüllen.", en: "Please fill this in.")
    static let usernameInvalid = LocalizedText(
        de: "Nur Buchstaben a–z, Ziffern und Unterstrich, Punkt und Bindestrich nur in der Mitte; 3 bis 30 Zeichen.",
        en: "Only letters a–z, digits and underscores, dots and hyphens only in the middle; 3 to 30 characters."
    )
    static let usernameTaken = LocalizedText(de: "Dieser Benutzername ist schon vergeben.", en: "This username is already taken.")
    static let emailInvalid = LocalizedText(de: "Bitte eine gültige E-Mail-Adresse angeben.", en: "Please enter a valid e-mail address.")
    static let emailTaken = LocalizedText(de: "Diese E-Mail-Adresse ist schon registriert.", en: "This e-mail address is already registered.")
    static let emailDomainNotAllowed = LocalizedText(
        de: "Mit dieser E-Mail-Domain ist keine Registrierung möglich.",
        en: "Registration is not open to this e-mail domain."
    )
    static let passwordTooShort = LocalizedText(de: "Das Passwort braucht mindestens 10 Zeichen.", en: "The password needs at least 10 characters.")
    static let passwordTooLong = LocalizedText(
        de: "Das Passwort darf höchstens 72 Byte lang sein (Umlaute zählen doppelt).",
        en: "The password may be at most 72 bytes long (accented letters count twice)."
    )
    static func tooLong(_ maximum: Int) -> LocalizedText {
        LocalizedText(de: "Höchstens \(maximum) Zeichen.", en: "At most \(maximum) characters.")
    }
    static let invalidLanguage = LocalizedText(de: "Diese Sprache gibt es nicht.", en: "This language is not available.")
    static let wrongCurrentPassword = LocalizedText(de: "Das aktuelle Passwort stimmt nicht.", en: "The current password is wrong.")
    static let invitationInvalid = LocalizedText(
        de: "Diese Einladung ist ungültig, abgelaufen oder schon benutzt.",
        en: "This invitation is invalid, expired or already used."
    )
    static let invitationForOtherEmail = LocalizedText(
        de: "Diese Einladung gilt für eine andere E-Mail-Adresse.",
        en: "This invitation is for a different e-mail address."
    )
    static let registrationClosed = LocalizedText(
        de: "Die Registrierung ist geschlossen. Sie brauchen eine Einladung von einer Administratorin oder einem Administrator.",
        en: "Registration is closed. You need an invitation from an administrator."
    )
    static func registrationDomains(_ domains: String) -> LocalizedText {
        LocalizedText(de: "Registrierung nur mit E-Mail-Adressen von: \(domains)", en: "Registration only with e-mail addresses from: \(domains)")
    }

    // Login
    static let loginTitle = LocalizedText(de: "Anmelden", en: "Log in")
    static let loginIntro = LocalizedText(
        de: "Willkommen im Mitmach-Netz. Melden Sie sich mit Benutzernamen oder E-Mail-Adresse an.",
        en: "Welcome to the company network. Log in with your username or e-mail address."
    )
    static let loginFailed = LocalizedText(de: "Benutzername oder Passwort ist falsch.", en: "Wrong username or password.")
    static func tooManyFailures(seconds: Int) -> LocalizedText {
        LocalizedText(
            de: "Zu viele fehlgeschlagene Anmeldeversuche. Bitte warten Sie \(seconds) Sekunden und versuchen Sie es dann erneut.",
            en: "Too many failed login attempts. Please wait \(seconds) seconds and try again."
        )
    }
    static let noAccountYet = LocalizedText(de: "Noch kein Konto?", en: "No account yet?")
    static let loggedIn = LocalizedText(de: "Sie sind angemeldet.", en: "You are logged in.")
    static let loggedOut = LocalizedText(de: "Sie sind abgemeldet. Bis bald!", en: "You are logged out. See you soon!")

    // Registration
    static let registerTitle = LocalizedText(de: "Konto anlegen", en: "Create an account")
    static let registerButton = LocalizedText(de: "Konto anlegen", en: "Create account")
    static func welcome(_ name: String) -> LocalizedText {
        LocalizedText(de: "Willkommen bei Treffpunkt, \(name)!", en: "Welcome to Treffpunkt, \(name)!")
    }
    static let haveAccount = LocalizedText(de: "Schon registriert?", en: "Already registered?")

    // Profile
    static let editProfile = LocalizedText(de: "Profil bearbeiten", en: "Edit profile")
    static let profileSaved = LocalizedText(de: "Ihr Profil ist gespeichert.", en: "Your profile has been saved.")
    static let save = LocalizedText(de: "Speichern", en: "Save")
    static let pictures = LocalizedText(de: "Profilbild und Titelbild", en: "Profile picture and header image")
    static let avatar = LocalizedText(de: "Profilbild", en: "Profile picture")
    static let headerImage = LocalizedText(de: "Titelbild", en: "Header image")
    static let choosePicture = LocalizedText(de: "Neues Bild wählen (JPEG, PNG, WebP oder GIF)", en: "Choose a new picture (JPEG, PNG, WebP or GIF)")
    static let removePicture = LocalizedText(de: "Bild entfernen", en: "Remove picture")
    static let savePictures = LocalizedText(de: "Bilder speichern", en: "Save pictures")
    static let picturesSaved = LocalizedText(de: "Ihre Bilder sind gespeichert.", en: "Your pictures are saved.")

    // Settings
    static let changePassword = LocalizedText(de: "Passwort ändern", en: "Change password")
    static let passwordChanged = LocalizedText(
        de: "Ihr Passwort ist geändert. Andere Sitzungen wurden abgemeldet.",
        en: "Your password has been changed. Other sessions have been logged out."
    )
    static let deleteAccount = LocalizedText(de: "Konto löschen", en: "Delete account")
    static let deleteAccountWarning = LocalizedText(
        de: "Das Löschen entfernt Ihr Konto und alles, was daran hängt, endgültig. Bitte bestätigen Sie mit Ihrem Passwort.",
        en: "Deleting removes your account and everything attached to it for good. Please confirm with your password."
    )
    static let deleteAccountButton = LocalizedText(de: "Konto endgültig löschen", en: "Delete account for good")
    static let accountDeleted = LocalizedText(de: "Ihr Konto wurde gelöscht.", en: "Your account has been deleted.")
    static let lastAdminCannotLeave = LocalizedText(
        de: "Sie sind die letzte Administratorin bzw. der letzte Administrator. Ernennen Sie zuerst jemand anderen.",
        en: "You are the last administrator. Appoint someone else first."
    )

    // Tokens
    static let tokensIntro = LocalizedText(
        de: "Mit einem Zugangsschlüssel greifen Programme über die API auf Ihr Konto zu (Kopfzeile „Authorization: Bearer …“).",
        en: "An access token lets programs use your account through the API (header \"Authorization: Bearer …\")."
    )
    static let tokenName = LocalizedText(de: "Bezeichnung", en: "Name")
    static let tokenNameHint = LocalizedText(de: "Zum Beispiel „Auswertung im Intranet“.", en: "For example \"Intranet report\".")
    static let createToken = LocalizedText(de: "Zugangsschlüssel erstellen", en: "Create access token")
    static let tokenCreated = LocalizedText(
        de: "Ihr neuer Zugangsschlüssel – er wird nur jetzt angezeigt, bitte kopieren Sie ihn:",
        en: "Your new access token – it is shown only now, please copy it:"
    )
    static let noTokens = LocalizedText(de: "Noch keine Zugangsschlüssel.", en: "No access tokens yet.")
    static let revoke = LocalizedText(de: "Widerrufen", en: "Revoke")
    static let tokenRevoked = LocalizedText(de: "Der Zugangsschlüssel ist widerrufen.", en: "The access token has been revoked.")
    static let createdAt = LocalizedText(de: "Erstellt", en: "Created")
    static let lastUsed = LocalizedText(de: "Zuletzt benutzt", en: "Last used")
    static let never = LocalizedText(de: "nie", en: "never")
    static let revoked = LocalizedText(de: "widerrufen", en: "revoked")

    // Invitations
    static let invitationsTitle = LocalizedText(de: "Einladungen", en: "Invitations")
    static let invitationsIntro = LocalizedText(
        de: "Eine Einladung erlaubt einer Person die Registrierung, auch wenn sie sonst geschlossen ist. Sie gilt 14 Tage und einmal.",
        en: "An invitation lets one person register even when registration is otherwise closed. It is valid once, for 14 days."
    )
    static let invitationEmailHint = LocalizedText(
        de: "Optional: nur diese Adresse darf die Einladung nutzen, und sie bekommt den Link per E-Mail.",
        en: "Optional: only this address may use the invitation, and it gets the link by e-mail."
    )
    static let createInvitation = LocalizedText(de: "Einladung erstellen", en: "Create invitation")
    static let invitationCreated = LocalizedText(
        de: "Einladung erstellt. Schicken Sie diesen Link weiter – er wird nur jetzt angezeigt:",
        en: "Invitation created. Send on this link – it is shown only now:"
    )
    static let invitationOpen = LocalizedText(de: "offen", en: "open")
    static let invitationUsed = LocalizedText(de: "benutzt", en: "used")
    static let invitationExpired = LocalizedText(de: "abgelaufen", en: "expired")
    static let anyEmail = LocalizedText(de: "beliebige Adresse", en: "any address")
    static let expires = LocalizedText(de: "Gültig bis", en: "Valid until")
    static let status = LocalizedText(de: "Status", en: "Status")
    static let noInvitations = LocalizedText(de: "Noch keine Einladungen.", en: "No invitations yet.")

    // People
    static let peopleTitle = LocalizedText(de: "Mitglieder", en: "Members")
    static let morePeople = LocalizedText(de: "Weitere Mitglieder", en: "More members")
    static let filteredDirectory = LocalizedText(
        de: "Nach Bereich, Standort, Position oder Fähigkeiten suchen", en: "Search by unit, site, position or skills")

    // Language
    static let languageChanged = LocalizedText(de: "Die Sprache ist jetzt Deutsch.", en: "The language is now English.")
}

extension AccountsText {
    static let tokenInvalid = LocalizedText(de: "Der Zugangsschlüssel ist ungültig", en: "The access token is invalid")
}

extension AccountsText {
    static let validationFailed = LocalizedText(de: "Validierung fehlgeschlagen", en: "Validation failed")
    static let acctMissing = LocalizedText(de: "Der Parameter acct fehlt", en: "The acct parameter is missing")
    static let recordNotFound = LocalizedText(de: "Nicht gefunden", en: "Record not found")
}
