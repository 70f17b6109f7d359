import TreffpunktCore

/// The strings of app registration, the consent page and the OAuth endpoints, in German and English.
extension AccountsText {
    // Consent page
    static let authorizeTitle = LocalizedText(de: "Zugriff für eine App erlauben?", en: "Allow an app to access your account?")
    static func authorizeIntro(app: String, username: String) -> LocalizedText {
        LocalizedText(
            de: "Die App „\(app)“ möchte auf Ihr Konto @\(username) zugreifen. Wenn Sie zustimmen, darf sie:",
            en: "The app \"\(app)\" wants to access your account @\(username). If you agree, it may:"
        )
    }
    static let appWebsite = LocalizedText(de: "Website der App", en: "App website")
    static let authorizeButton = LocalizedText(de: "Erlauben", en: "Authorize")
    static let denyButton = LocalizedText(de: "Ablehnen", en: "Deny")
    static let authorizeRevokeHint = LocalizedText(
        de: "Sie können den Zugriff jederzeit unter Einstellungen → API-Zugänge widerrufen.",
        en: "You can revoke access at any time under Settings → API access."
    )
    static let codeTitle = LocalizedText(de: "Ihr Autorisierungscode", en: "Your authorization code")
    static func codeIntro(app: String) -> LocalizedText {
        LocalizedText(
            de: "Kopieren Sie diesen Code in die App „\(app)“. Er gilt zehn Minuten und nur ein einziges Mal:",
            en: "Copy this code into the app \"\(app)\". It is valid for ten minutes and only once:"
        )
    }
    static let deniedTitle = LocalizedText(de: "Zugriff abgelehnt", en: "Access denied")
    static func deniedText(app: String) -> LocalizedText {
        LocalizedText(de: "Die App „\(app)“ erhält keinen Zugriff auf Ihr Konto.", en: "The app \"\(app)\" gets no access to your account.")
    }

    // Problems with an authorization request, shown on an error page instead of redirecting anywhere
    static let authorizeErrorTitle = LocalizedText(de: "Anmeldung über diese App nicht möglich", en: "Cannot sign in through this app")
    static let unknownClient = LocalizedText(
        de: "Diese App ist hier nicht registriert (unbekannte client_id).",
        en: "This app is not registered here (unknown client_id)."
    )
    static let redirectURINotRegistered = LocalizedText(
        de: "Die Rücksprungadresse (redirect_uri) fehlt oder ist für diese App nicht registriert.",
        en: "The redirect address (redirect_uri) is missing or not registered for this app."
    )
    static let unsupportedResponseType = LocalizedText(
        de: "Nur response_type=code wird unterstützt.",
        en: "Only response_type=code is supported."
    )
    static let invalidCodeChallenge = LocalizedText(
        de: "Ungültige PKCE-Angaben: code_challenge_method muss S256 sein und code_challenge 43 bis 128 Zeichen im Base64url-Alphabet haben.",
        en: "Invalid PKCE parameters: code_challenge_method must be S256 and code_challenge 43 to 128 base64url characters."
    )
    static func unknownScopes(_ scopes: [String]) -> LocalizedText {
        let list = scopes.joined(separator: ", ")
        return LocalizedText(de: "Unbekannte Berechtigungen (Scopes): \(list)", en: "Unknown scopes: \(list)")
    }
    static func scopesNotRegistered(_ scopes: [String]) -> LocalizedText {
        let list = scopes.joined(separator: ", ")
        return LocalizedText(
            de: "Diese Berechtigungen (Scopes) hat die App nicht registriert: \(list)",
            en: "The app did not register these scopes: \(list)"
        )
    }

    // App registration
    static func redirectURIInvalid(_ uri: String) -> LocalizedText {
        LocalizedText(
            de: "Keine absolute URI ohne Fragment (oder urn:ietf:wg:oauth:2.0:oob): \(uri)",
            en: "Not an absolute URI without a fragment (nor urn:ietf:wg:oauth:2.0:oob): \(uri)"
        )
    }
    static let websiteInvalid = LocalizedText(
        de: "Bitte eine vollständige Webadresse mit http:// oder https:// angeben.",
        en: "Please enter a full web address starting with http:// or https://."
    )
    static let tokenWithoutApp = LocalizedText(
        de: "Dieser Zugangsschlüssel gehört zu keiner registrierten App.",
        en: "This access token belongs to no registered app."
    )

    // Token endpoint
    static let grantTypeMissing = LocalizedText(de: "Der Parameter grant_type fehlt.", en: "The grant_type parameter is missing.")
    static func unsupportedGrantType(_ grant: String) -> LocalizedText {
        LocalizedText(
            de: "Die Grant-Art „\(grant)“ wird nicht unterstützt (authorization_code, password, client_credentials).",
            en: "The grant type \"\(grant)\" is not supported (authorization_code, password, client_credentials)."
        )
    }
    static let clientAuthenticationFailed = LocalizedText(
        de: "Die App konnte sich nicht ausweisen: client_id oder client_secret ist falsch.",
        en: "Client authentication failed: wrong client_id or client_secret."
    )
    static func parameterMissing(_ name: String) -> LocalizedText {
        LocalizedText(de: "Der Parameter \(name) fehlt.", en: "The \(name) parameter is missing.")
    }
    static let codeInvalid = LocalizedText(
        de: "Der Autorisierungscode ist ungültig, abgelaufen, schon benutzt oder wurde für eine andere App oder Rücksprungadresse ausgestellt.",
        en: "The authorization code is invalid, expired, already used, or was issued for another app or redirect URI."
    )
    static let codeVerifierInvalid = LocalizedText(
        de: "Der code_verifier fehlt oder passt nicht zur code_challenge der Anfrage.",
        en: "The code_verifier is missing or does not match the code_challenge of the request."
    )
    static let revokeNotAllowed = LocalizedText(
        de: "Diese App darf diesen Zugangsschlüssel nicht widerrufen.",
        en: "This app is not authorized to revoke this token."
    )

    // Registration through the API
    static let appTokenRequired = LocalizedText(
        de: "Dafür braucht es einen App-Zugangsschlüssel (grant_type=client_credentials) mit dem Scope write oder write:accounts.",
        en: "This needs an app token (grant_type=client_credentials) with the scope write or write:accounts."
    )
    static let agreementRequired = LocalizedText(
        de: "Bitte stimmen Sie den Regeln zu (agreement).",
        en: "The rules must be accepted (agreement)."
    )

    // Settings → API access
    static let tokenApp = LocalizedText(de: "App", en: "App")
    static let personalToken = LocalizedText(de: "eigener Schlüssel", en: "personal token")
}
