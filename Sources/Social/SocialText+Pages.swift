import TreffpunktCore

/// Texts about company pages as accounts: they are followed, never befriended.
extension SocialText {
    static let pageNotBefriendable = LocalizedText(
        de: "Mit einer Unternehmensseite kann man nicht befreundet sein – folgen Sie ihr stattdessen.",
        en: "A company page cannot be a friend – follow it instead.")
    static let pageVisibilityOnly = LocalizedText(
        de: "Beiträge einer Unternehmensseite sind öffentlich oder für alle Mitglieder.",
        en: "Posts of a company page are public or for all members.")
    static let companyPageLabel = LocalizedText(de: "Unternehmensseite", en: "Company page")
}
