import TreffpunktCore

/// Texts of the page's record (who changed its posts), its pictures and posts with photos.
extension PagesText {
    static let recordTitle = LocalizedText(de: "Änderungen an Beiträgen", en: "Changes to posts")
    static let recordEmpty = LocalizedText(de: "Noch hat niemand Beiträge der Seite bearbeitet oder gelöscht.",
                                           en: "Nobody has edited or deleted posts of this page yet.")
    static let deletedAccount = LocalizedText(de: "Ein gelöschtes Konto", en: "A deleted account")

    static func recordLine(_ name: String, _ action: PagePostChange.Action, comment: Bool) -> LocalizedText {
        switch (action, comment) {
        case (.edited, false): LocalizedText(de: "\(name) hat einen Beitrag bearbeitet", en: "\(name) edited a post")
        case (.edited, true): LocalizedText(de: "\(name) hat einen Kommentar bearbeitet", en: "\(name) edited a comment")
        case (.deleted, false): LocalizedText(de: "\(name) hat einen Beitrag gelöscht", en: "\(name) deleted a post")
        case (.deleted, true): LocalizedText(de: "\(name) hat einen Kommentar gelöscht", en: "\(name) deleted a comment")
        }
    }
}

/// Texts of the page's logo and header image.
extension PagesText {
    static let pictures = LocalizedText(de: "Logo und Titelbild", en: "Logo and header image")
    static let logo = LocalizedText(de: "Logo", en: "Logo")
    static let headerImage = LocalizedText(de: "Titelbild", en: "Header image")
    static let savePictures = LocalizedText(de: "Bilder speichern", en: "Save pictures")
    static let picturesSaved = LocalizedText(de: "Die Bilder der Seite sind gespeichert.", en: "The page's pictures are saved.")
}
