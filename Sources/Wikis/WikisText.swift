import TreffpunktCore

/// Every string of the Wikis feature, in German and English.
enum WikisText {
    static let companyWiki = LocalizedText(de: "Firmenwiki", en: "Company wiki")
    static func spaceWiki(_ space: String) -> LocalizedText {
        LocalizedText(de: "Wiki: \(space)", en: "Wiki: \(space)")
    }
    static let intro = LocalizedText(
        de: "Wissen, das bleibt: Seiten, die alle bearbeiten können. Jede Änderung wird als Version gespeichert.",
        en: "Knowledge that stays: pages everyone can edit. Every change is kept as a revision.")
    static let backToSpace = LocalizedText(de: "Zurück zum Raum", en: "Back to the space")
    static let pageTree = LocalizedText(de: "Seiten", en: "Pages")
    static let noPages = LocalizedText(de: "Noch keine Seiten. Legen Sie die erste an!", en: "No pages yet. Create the first one!")
    static let newPage = LocalizedText(de: "Neue Seite", en: "New page")
    static let newSubpage = LocalizedText(de: "Unterseite anlegen", en: "Add a subpage")
    static let edit = LocalizedText(de: "Bearbeiten", en: "Edit")
    static func editTitle(_ title: String) -> LocalizedText {
        LocalizedText(de: "„\(title)“ bearbeiten", en: "Edit “\(title)”")
    }
    static let subpages = LocalizedText(de: "Unterseiten", en: "Subpages")
    static let breadcrumbs = LocalizedText(de: "Seitenpfad", en: "Page path")
    static let missingPage = LocalizedText(de: "Diese Seite gibt es noch nicht – anlegen", en: "This page does not exist yet – create it")
    static let membersOnly = LocalizedText(de: "Das Wiki dieses Raums lesen und bearbeiten nur seine Mitglieder. Treten Sie dem Raum bei, um es zu sehen.",
                                           en: "Only members of this space read and edit its wiki. Join the space to see it.")

    // Form
    static let titleLabel = LocalizedText(de: "Titel", en: "Title")
    static let parentLabel = LocalizedText(de: "Übergeordnete Seite", en: "Parent page")
    static let topLevel = LocalizedText(de: "– keine (oberste Ebene) –", en: "– none (top level) –")
    static let bodyLabel = LocalizedText(de: "Text", en: "Text")
    static let bodyHint = LocalizedText(
        de: "Markdown: **fett**, *kursiv*, # Überschrift, - Liste. Verweise auf andere Seiten: [[Seitentitel]] oder [[Seitentitel|angezeigter Text]].",
        en: "Markdown: **bold**, *italic*, # heading, - list. Links to other pages: [[Page title]] or [[Page title|text shown]].")
    static let noteLabel = LocalizedText(de: "Was wurde geändert? (optional)", en: "What changed? (optional)")
    static let createButton = LocalizedText(de: "Seite anlegen", en: "Create page")
    static let saveButton = LocalizedText(de: "Speichern", en: "Save")
    static let cancel = LocalizedText(de: "Abbrechen", en: "Cancel")

    // Validation
    static let titleLength = LocalizedText(de: "Der Titel muss 1 bis \(WikiTitle.maximumLength) Zeichen lang sein.",
                                           en: "The title must be 1 to \(WikiTitle.maximumLength) characters long.")
    static let titleCharacters = LocalizedText(de: "Der Titel darf keine eckigen Klammern und keinen senkrechten Strich (|) enthalten.",
                                               en: "The title may not contain square brackets or a vertical bar (|).")
    static func titleTaken(_ title: String) -> LocalizedText {
        LocalizedText(de: "In diesem Wiki gibt es schon die Seite „\(title)“ (Groß- und Kleinschreibung und Leerzeichen am Rand zählen nicht).",
                      en: "This wiki already has the page “\(title)” (letter case and spaces at the ends do not count).")
    }
    static let bodyEmpty = LocalizedText(de: "Bitte schreiben Sie einen Text.", en: "Please write some text.")
    static let bodyTooLong = LocalizedText(de: "Der Text darf höchstens \(WikiDraft.maximumBodyLength) Zeichen lang sein.",
                                           en: "The text may be at most \(WikiDraft.maximumBodyLength) characters long.")
    static let parentLoop = LocalizedText(de: "Eine Seite kann nicht unter sich selbst oder einer ihrer Unterseiten stehen.",
                                          en: "A page cannot be placed under itself or one of its subpages.")
    static let parentUnknown = LocalizedText(de: "Diese übergeordnete Seite gibt es in diesem Wiki nicht.",
                                             en: "This parent page does not exist in this wiki.")
    static let noteTooLong = LocalizedText(de: "Die Notiz darf höchstens \(WikiDraft.maximumNoteLength) Zeichen lang sein.",
                                           en: "The note may be at most \(WikiDraft.maximumNoteLength) characters long.")
    static let pageNotFound = LocalizedText(de: "Diese Wikiseite gibt es nicht.", en: "This wiki page does not exist.")
    static let revisionNotFound = LocalizedText(de: "Diese Version gibt es nicht.", en: "This revision does not exist.")
    static let revisionOfOtherPage = LocalizedText(de: "Diese Version gehört zu einer anderen Seite. Verglichen werden nur Versionen derselben Seite.",
                                                   en: "This revision belongs to another page. Only revisions of the same page can be compared.")
    static let chooseRevisions = LocalizedText(de: "Bitte wählen Sie zwei Versionen zum Vergleich.", en: "Please choose two revisions to compare.")
    static let restoreRaced = LocalizedText(de: "Die Seite wurde gerade geändert. Bitte versuchen Sie es noch einmal.",
                                            en: "The page was changed just now. Please try again.")

    // Outcomes
    static let created = LocalizedText(de: "Die Seite wurde angelegt.", en: "The page was created.")
    static let saved = LocalizedText(de: "Die Änderungen wurden gespeichert.", en: "Your changes were saved.")
    static let unchanged = LocalizedText(de: "Es gab nichts zu speichern: Der Text ist unverändert.", en: "Nothing to save: the text is unchanged.")
    static func restored(_ number: Int) -> LocalizedText {
        LocalizedText(de: "Version \(number) wurde wiederhergestellt.", en: "Revision \(number) was restored.")
    }

    // Conflict
    static let conflictTitle = LocalizedText(de: "Bearbeitungskonflikt", en: "Edit conflict")
    static let conflictExplanation = LocalizedText(
        de: "Während Sie geschrieben haben, hat jemand anderes die Seite gespeichert. Ihr Text ist nicht verloren: Er steht unten im Formular. Übernehmen Sie, was aus der neuesten Fassung bleiben soll, und speichern Sie erneut.",
        en: "While you were writing, someone else saved the page. Your text is not lost: it is in the form below. Take over what should stay from the newest version and save again.")
    static func theirVersion(number: Int, author: String, date: String) -> LocalizedText {
        LocalizedText(de: "Neueste Fassung (Version \(number) von \(author), \(date))", en: "Newest version (revision \(number) by \(author), \(date))")
    }
    static let differences = LocalizedText(de: "Unterschiede zwischen der neuesten Fassung und Ihrem Text",
                                           en: "Differences between the newest version and your text")
    static let yourText = LocalizedText(de: "Ihr Text", en: "Your text")

    // History and diff
    static let history = LocalizedText(de: "Versionen: wer hat wann was geändert", en: "Revisions: who changed what when")
    static func revision(_ number: Int) -> LocalizedText {
        LocalizedText(de: "Version \(number)", en: "Revision \(number)")
    }
    static func restoredFrom(_ number: Int) -> LocalizedText {
        LocalizedText(de: "Wiederhergestellt aus Version \(number)", en: "Restored from revision \(number)")
    }
    static func lastChange(number: Int, author: String, date: String) -> LocalizedText {
        LocalizedText(de: "Version \(number), zuletzt geändert von \(author) am \(date)",
                      en: "Revision \(number), last changed by \(author) on \(date)")
    }
    static let revisionColumn = LocalizedText(de: "Version", en: "Revision")
    static let whenColumn = LocalizedText(de: "Wann", en: "When")
    static let whoColumn = LocalizedText(de: "Wer", en: "Who")
    static let noteColumn = LocalizedText(de: "Notiz", en: "Note")
    static let actionsColumn = LocalizedText(de: "Aktionen", en: "Actions")
    static let compareWithPrevious = LocalizedText(de: "Änderungen ansehen", en: "Show changes")
    static let restore = LocalizedText(de: "Wiederherstellen", en: "Restore")
    static let current = LocalizedText(de: "aktuell", en: "current")
    static let compareTitle = LocalizedText(de: "Versionen vergleichen", en: "Compare revisions")
    static let compareFrom = LocalizedText(de: "Von", en: "From")
    static let compareTo = LocalizedText(de: "Bis", en: "To")
    static let compareButton = LocalizedText(de: "Vergleichen", en: "Compare")
    static func diffTitle(_ title: String) -> LocalizedText {
        LocalizedText(de: "Änderungen an „\(title)“", en: "Changes to “\(title)”")
    }
    static func diffHeading(from: Int, to: Int) -> LocalizedText {
        LocalizedText(de: "Version \(from) → Version \(to)", en: "Revision \(from) → revision \(to)")
    }
    static func revisionBy(number: Int, author: String, date: String) -> LocalizedText {
        LocalizedText(de: "Version \(number) von \(author), \(date)", en: "Revision \(number) by \(author), \(date)")
    }
    static let added = LocalizedText(de: "hinzugefügt:", en: "added:")
    static let removed = LocalizedText(de: "entfernt:", en: "removed:")
    static let noDifferences = LocalizedText(de: "Keine Unterschiede.", en: "No differences.")
    static func diffSummary(added: Int, removed: Int) -> LocalizedText {
        func de(_ count: Int) -> String { count == 1 ? "1 Zeile" : "\(count) Zeilen" }
        func en(_ count: Int) -> String { count == 1 ? "1 line" : "\(count) lines" }
        return LocalizedText(de: "\(de(added)) hinzugefügt, \(de(removed)) entfernt", en: "\(en(added)) added, \(en(removed)) removed")
    }
    static let backToPage = LocalizedText(de: "Zurück zur Seite", en: "Back to the page")
    static let formerMember = LocalizedText(de: "ehemaliges Mitglied", en: "former member")

    // Search
    static let searchHeading = LocalizedText(de: "Wikiseiten", en: "Wiki pages")
}
