import TreffpunktCore

/// Mastodon's scopes in plain words, for the consent page.
enum ScopeDescriptions {
    static func describe(_ scope: String) -> LocalizedText {
        if let text = broad[scope] { return text }
        let parts = scope.split(separator: ":").map(String.init)
        switch (parts.first, parts.count) {
        case ("read", 2):
            let noun = resource(parts[1])
            return LocalizedText(de: "Lesen: \(noun.de)", en: "Read: \(noun.en)")
        case ("write", 2):
            let noun = resource(parts[1])
            return LocalizedText(de: "Schreiben und ändern: \(noun.de)", en: "Write and change: \(noun.en)")
        case ("admin", 3) where parts[1] == "read":
            let noun = resource(parts[2])
            return LocalizedText(de: "Verwaltung, lesen: \(noun.de)", en: "Administration, read: \(noun.en)")
        case ("admin", 3):
            let noun = resource(parts[2])
            return LocalizedText(de: "Verwaltung, ändern: \(noun.de)", en: "Administration, change: \(noun.en)")
        default:
            return .verbatim(scope)
        }
    }

    private static let broad: [String: LocalizedText] = [
        "read": LocalizedText(de: "alles lesen, was Sie sehen dürfen", en: "read everything you can see"),
        "write": LocalizedText(de: "in Ihrem Namen schreiben, ändern und löschen", en: "post, change and delete on your behalf"),
        "follow": LocalizedText(de: "Ihre Kontakte, Blockierungen und Stummschaltungen verwalten", en: "manage your follows, blocks and mutes"),
        "push": LocalizedText(de: "Ihnen Push-Benachrichtigungen schicken", en: "send you push notifications"),
        "profile": LocalizedText(de: "nur Ihr eigenes Profil lesen", en: "read your own profile only"),
        "admin:read": LocalizedText(de: "alle Verwaltungsdaten lesen", en: "read all administration data"),
        "admin:write": LocalizedText(de: "Verwaltungsaktionen ausführen", en: "take administrative actions"),
    ]

    private static func resource(_ name: String) -> LocalizedText {
        resources[name] ?? .verbatim(name)
    }

    private static let resources: [String: LocalizedText] = [
        "accounts": LocalizedText(de: "Konten und Profile", en: "accounts and profiles"),
        "blocks": LocalizedText(de: "Blockierungen", en: "blocks"),
        "bookmarks": LocalizedText(de: "Lesezeichen", en: "bookmarks"),
        "collections": LocalizedText(de: "Sammlungen", en: "collections"),
        "conversations": LocalizedText(de: "Unterhaltungen", en: "conversations"),
        "favourites": LocalizedText(de: "Favoriten", en: "favourites"),
        "filters": LocalizedText(de: "Filter", en: "filters"),
        "follows": LocalizedText(de: "Kontakte, denen Sie folgen", en: "people you follow"),
        "lists": LocalizedText(de: "Listen", en: "lists"),
        "media": LocalizedText(de: "Bilder und Dateien", en: "images and files"),
        "mutes": LocalizedText(de: "Stummschaltungen", en: "mutes"),
        "notifications": LocalizedText(de: "Benachrichtigungen", en: "notifications"),
        "search": LocalizedText(de: "Suche", en: "search"),
        "statuses": LocalizedText(de: "Beiträge", en: "posts"),
        "reports": LocalizedText(de: "Meldungen", en: "reports"),
        "canonical_email_blocks": LocalizedText(de: "gesperrte E-Mail-Adressen", en: "blocked e-mail addresses"),
        "domain_allows": LocalizedText(de: "erlaubte Domains", en: "allowed domains"),
        "domain_blocks": LocalizedText(de: "gesperrte Domains", en: "blocked domains"),
        "email_domain_blocks": LocalizedText(de: "gesperrte E-Mail-Domains", en: "blocked e-mail domains"),
        "ip_blocks": LocalizedText(de: "gesperrte IP-Adressen", en: "blocked IP addresses"),
    ]
}
