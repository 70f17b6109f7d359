import TreffpunktCore

/// Every word of the Blogs feature, in German and English.
enum BlogsText {
    static let blogs = LocalizedText(de: "Blogs", en: "Blogs")
    static let blog = LocalizedText(de: "Blog", en: "Blog")
    static func blogOf(_ name: String) -> LocalizedText { LocalizedText(de: "Blog von \(name)", en: "\(name)’s blog") }
    static let myBlog = LocalizedText(de: "Mein Blog", en: "My blog")
    static let recentArticles = LocalizedText(de: "Neue Artikel aus den Blogs", en: "Recent articles from the blogs")
    static let noArticles = LocalizedText(de: "Noch keine Artikel.", en: "No articles yet.")
    static let olderArticles = LocalizedText(de: "Ältere Artikel", en: "Older articles")
    static let newArticle = LocalizedText(de: "Neuer Artikel", en: "New article")
    static let editArticle = LocalizedText(de: "Artikel bearbeiten", en: "Edit article")
    static let deleteArticle = LocalizedText(de: "Artikel löschen", en: "Delete article")
    static let unpublished = LocalizedText(de: "Entwürfe und geplante Artikel", en: "Drafts and scheduled articles")
    static let draft = LocalizedText(de: "Entwurf", en: "Draft")
    static func scheduledFor(_ moment: String) -> LocalizedText { LocalizedText(de: "geplant für \(moment)", en: "scheduled for \(moment)") }
    static func publishedOn(_ moment: String) -> LocalizedText { LocalizedText(de: "veröffentlicht am \(moment)", en: "published on \(moment)") }
    static func by(_ name: String) -> LocalizedText { LocalizedText(de: "von \(name)", en: "by \(name)") }
    static let readMore = LocalizedText(de: "Weiterlesen", en: "Read more")
    static let discussion = LocalizedText(de: "Reaktionen und Kommentare", en: "Reactions and comments")

    static let titleLabel = LocalizedText(de: "Titel", en: "Title")
    static let bodyLabel = LocalizedText(de: "Text (Markdown)", en: "Text (Markdown)")
    static let bodyHint = LocalizedText(de: "**fett**, *kursiv*, # Überschrift, - Liste, [Link](https://…)",
                                        en: "**bold**, *italic*, # heading, - list, [link](https://…)")
    static let tagsLabel = LocalizedText(de: "Schlagwörter", en: "Tags")
    static let tagsHint = LocalizedText(de: "Durch Kommas getrennt, höchstens 10", en: "Separated by commas, at most 10")
    static let visibilityLabel = LocalizedText(de: "Wer darf den Artikel lesen?", en: "Who may read the article?")
    static let visibilityPublic = LocalizedText(de: "Alle, auch ohne Anmeldung (im RSS-Feed)", en: "Everyone, also without login (in the RSS feed)")
    static let visibilityMembers = LocalizedText(de: "Intern (nur Mitarbeitende)", en: "Internal (employees only)")
    static let visibilitySpace = LocalizedText(de: "Die Mitglieder des Raums", en: "The space’s members")
    static let publishAtLabel = LocalizedText(de: "Veröffentlichen am (bei „Planen“)", en: "Publish at (with “Schedule”)")
    static let saveDraft = LocalizedText(de: "Als Entwurf speichern", en: "Save as draft")
    static let schedule = LocalizedText(de: "Planen", en: "Schedule")
    static let publishNow = LocalizedText(de: "Jetzt veröffentlichen", en: "Publish now")
    static let save = LocalizedText(de: "Speichern", en: "Save")
    static let coverLabel = LocalizedText(de: "Titelbild", en: "Cover image")
    static let coverUpload = LocalizedText(de: "Titelbild hochladen", en: "Upload cover image")
    static let coverRemove = LocalizedText(de: "Titelbild entfernen", en: "Remove cover image")
    static let coverMissing = LocalizedText(de: "Bitte wählen Sie ein Bild aus.", en: "Please choose a picture.")
    static let coverSaved = LocalizedText(de: "Titelbild gespeichert.", en: "Cover image saved.")

    static let saved = LocalizedText(de: "Artikel gespeichert.", en: "Article saved.")
    static let scheduled = LocalizedText(de: "Artikel geplant.", en: "Article scheduled.")
    static let published = LocalizedText(de: "Artikel veröffentlicht.", en: "Article published.")
    static let deleted = LocalizedText(de: "Artikel gelöscht.", en: "Article deleted.")

    static let blogNotFound = LocalizedText(de: "Diesen Blog gibt es nicht.", en: "This blog does not exist.")
    static let articleNotFound = LocalizedText(de: "Diesen Artikel gibt es nicht.", en: "This article does not exist.")
    static let spaceMembersOnly = LocalizedText(de: "Den Blog eines Raums lesen nur seine Mitglieder. Tritt dem Raum bei, um ihn zu lesen.",
                                                en: "Only a space’s members read its blog. Join the space to read it.")
    static let noPublicFeed = LocalizedText(de: "Der Blog eines Raums hat keinen öffentlichen Feed.", en: "A space’s blog has no public feed.")
    static let mayNotWrite = LocalizedText(de: "Sie dürfen in diesem Blog nicht schreiben.", en: "You may not write in this blog.")
    static let mayNotEdit = LocalizedText(de: "Sie dürfen diesen Artikel nicht ändern.", en: "You may not change this article.")
    static let titleRequired = LocalizedText(de: "Bitte geben Sie einen Titel ein.", en: "Please enter a title.")
    static let titleTooLong = LocalizedText(de: "Der Titel darf höchstens 200 Zeichen lang sein.", en: "The title may be at most 200 characters long.")
    static let bodyRequired = LocalizedText(de: "Bitte schreibe einen Text.", en: "Please write a text.")
    static let bodyTooLong = LocalizedText(de: "Der Text darf höchstens 50.000 Zeichen lang sein.", en: "The text may be at most 50,000 characters long.")
    static let tooManyTags = LocalizedText(de: "Höchstens 10 Schlagwörter mit je höchstens 40 Zeichen.", en: "At most 10 tags of at most 40 characters each.")
    static let visibilityUnknown = LocalizedText(de: "Bitte wählen Sie, wer den Artikel lesen darf.", en: "Please choose who may read the article.")
    static let visibilityFixed = LocalizedText(de: "Wer einen veröffentlichten Artikel lesen darf, bleibt, wie es ist.",
                                               en: "Who may read a published article stays as it is.")
    static let intentUnknown = LocalizedText(de: "Bitte wählen Sie: Entwurf, planen oder veröffentlichen.", en: "Please choose: draft, schedule or publish.")
    static let scheduleRequired = LocalizedText(de: "Bitte geben Sie an, wann der Artikel erscheinen soll.", en: "Please say when the article should appear.")
    static let scheduleInPast = LocalizedText(de: "Der Zeitpunkt muss in der Zukunft liegen.", en: "The moment must be in the future.")
}
