import TreffpunktCore

extension SocialText {
    // What announcement posts say before the title of what they announce.
    static let announcedWikiPage = LocalizedText(de: "Neue Wikiseite", en: "New wiki page")
    static let announcedForumTopic = LocalizedText(de: "Neues Thema im Forum", en: "New forum topic")
}
