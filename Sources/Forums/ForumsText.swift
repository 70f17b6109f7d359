import TreffpunktCore

/// Every string of the Forums feature, in German and English.
enum ForumsText {
    static let title = LocalizedText(de: "Forum", en: "Forum")
    static let intro = LocalizedText(
        de: "Fragen stellen, Antworten finden: Wissen, das bleibt und sich wiederfinden lässt.",
        en: "Ask questions, find answers: knowledge that stays and can be found again.")
    static let searchHeading = LocalizedText(de: "Forenthemen", en: "Forum topics")
    static let categories = LocalizedText(de: "Kategorien", en: "Categories")
    static let noCategories = LocalizedText(de: "Noch keine Kategorien.", en: "No categories yet.")
    static func topicCount(_ count: Int) -> LocalizedText {
        LocalizedText(de: count == 1 ? "1 Thema" : "\(count) Themen", en: count == 1 ? "1 topic" : "\(count) topics")
    }
    static let createCategoryTitle = LocalizedText(de: "Neue Kategorie", en: "New category")
    static let nameLabel = LocalizedText(de: "Name", en: "Name")
    static let descriptionLabel = LocalizedText(de: "Beschreibung (optional)", en: "Description (optional)")
    static let createCategoryButton = LocalizedText(de: "Kategorie anlegen", en: "Create category")
    static let categoryCreated = LocalizedText(de: "Die Kategorie wurde angelegt.", en: "The category was created.")
    static let mySubscriptions = LocalizedText(de: "Meine Abos", en: "Subscriptions")
    static let backToForum = LocalizedText(de: "Zur Übersicht", en: "Back to the forum")

    // Topics
    static let noTopics = LocalizedText(de: "Noch keine Themen in dieser Kategorie.", en: "No topics in this category yet.")
    static let newTopicTitle = LocalizedText(de: "Neues Thema", en: "New topic")
    static let titleLabel = LocalizedText(de: "Titel", en: "Title")
    static let bodyLabel = LocalizedText(de: "Text", en: "Text")
    static let markdownHint = LocalizedText(de: "Markdown: **fett**, *kursiv*, `Code`, > Zitat, - Liste, [Link](https://…)",
                                            en: "Markdown: **bold**, *italic*, `code`, > quote, - list, [link](https://…)")
    static let createTopicButton = LocalizedText(de: "Thema eröffnen", en: "Start topic")
    static let topicCreated = LocalizedText(de: "Das Thema wurde eröffnet.", en: "The topic was started.")
    static let olderTopics = LocalizedText(de: "Ältere Themen", en: "Older topics")
    static func replyCount(_ count: Int) -> LocalizedText {
        LocalizedText(de: count == 1 ? "1 Antwort" : "\(count) Antworten", en: count == 1 ? "1 reply" : "\(count) replies")
    }
    static let solved = LocalizedText(de: "gelöst", en: "solved")
    static let pinned = LocalizedText(de: "angeheftet", en: "pinned")
    static let locked = LocalizedText(de: "gesperrt", en: "locked")
    static let unread = LocalizedText(de: "neu", en: "new")
    static func newReplies(_ count: Int) -> LocalizedText {
        LocalizedText(de: count == 1 ? "1 neue Antwort" : "\(count) neue Antworten", en: count == 1 ? "1 new reply" : "\(count) new replies")
    }
    static func newPosts(_ count: Int) -> LocalizedText {
        LocalizedText(de: count == 1 ? "1 neuer Beitrag" : "\(count) neue Beiträge", en: count == 1 ? "1 new post" : "\(count) new posts")
    }
    static func lastActivity(_ when: String) -> LocalizedText {
        LocalizedText(de: "zuletzt aktiv \(when)", en: "last active \(when)")
    }
    static func startedBy(_ name: String, _ when: String) -> LocalizedText {
        LocalizedText(de: "von \(name), \(when)", en: "by \(name), \(when)")
    }

    // Replies
    static let replies = LocalizedText(de: "Antworten", en: "Replies")
    static let noReplies = LocalizedText(de: "Noch keine Antworten.", en: "No replies yet.")
    static let replyTitle = LocalizedText(de: "Antworten", en: "Reply")
    static let replyLabel = LocalizedText(de: "Ihre Antwort", en: "Your reply")
    static let replyButton = LocalizedText(de: "Antwort senden", en: "Send reply")
    static let replied = LocalizedText(de: "Ihre Antwort wurde gespeichert.", en: "Your reply was saved.")
    static let quote = LocalizedText(de: "Zitieren", en: "Quote")
    static func quoteAttribution(name: String) -> LocalizedText {
        LocalizedText(de: "**\(name)** schrieb:", en: "**\(name)** wrote:")
    }
    static let moreReplies = LocalizedText(de: "Weitere Antworten", en: "More replies")
    static let acceptedAnswer = LocalizedText(de: "Akzeptierte Antwort", en: "Accepted answer")
    static let accept = LocalizedText(de: "Als Antwort akzeptieren", en: "Accept as answer")
    static let unaccept = LocalizedText(de: "Akzeptierung aufheben", en: "Unmark answer")
    static let accepted = LocalizedText(de: "Die Antwort ist als Lösung markiert.", en: "The reply is marked as the answer.")
    static let unaccepted = LocalizedText(de: "Die Markierung wurde aufgehoben.", en: "The mark was removed.")
    static let showAccepted = LocalizedText(de: "Zur Antwort im Verlauf", en: "See it in the thread")

    // Moderation
    static let pin = LocalizedText(de: "Anheften", en: "Pin")
    static let unpin = LocalizedText(de: "Nicht mehr anheften", en: "Unpin")
    static let lock = LocalizedText(de: "Sperren", en: "Lock")
    static let unlock = LocalizedText(de: "Entsperren", en: "Unlock")
    static let moderationSaved = LocalizedText(de: "Gespeichert.", en: "Saved.")
    static let lockedNotice = LocalizedText(de: "Dieses Thema ist gesperrt: Antworten sind nicht mehr möglich.",
                                            en: "This topic is locked: no more replies are possible.")

    // Subscriptions
    static let subscribe = LocalizedText(de: "Abonnieren", en: "Subscribe")
    static let unsubscribe = LocalizedText(de: "Abo beenden", en: "Unsubscribe")
    static let subscribed = LocalizedText(de: "Abonniert.", en: "Subscribed.")
    static let unsubscribed = LocalizedText(de: "Abo beendet.", en: "Unsubscribed.")
    static let subscribedTopics = LocalizedText(de: "Abonnierte Themen", en: "Subscribed topics")
    static let subscribedCategories = LocalizedText(de: "Abonnierte Kategorien", en: "Subscribed categories")
    static let noSubscriptions = LocalizedText(de: "Keine Abos.", en: "No subscriptions.")

    // Errors
    static let membersOnly = LocalizedText(de: "Das Forum dieses Raums lesen nur seine Mitglieder. Treten Sie dem Raum bei, um mitzulesen.",
                                           en: "Only members read this space's forum. Join the space to read along.")
    static let moderatorsOnly = LocalizedText(de: "Das dürfen nur die Moderatoren dieses Forums.", en: "Only this forum's moderators may do that.")
    static let authorOrModeratorOnly = LocalizedText(
        de: "Die akzeptierte Antwort wählen nur der Autor des Themas und die Moderatoren.",
        en: "Only the topic's author and the moderators choose the accepted answer.")
    static let categoryNotFound = LocalizedText(de: "Diese Kategorie gibt es nicht.", en: "This category does not exist.")
    static let topicNotFound = LocalizedText(de: "Dieses Thema gibt es nicht.", en: "This topic does not exist.")
    static let replyNotFound = LocalizedText(de: "Diese Antwort gibt es in diesem Thema nicht.", en: "This reply does not exist in this topic.")
    static let topicLocked = LocalizedText(de: "Dieses Thema ist gesperrt: Antworten sind nicht mehr möglich.",
                                           en: "This topic is locked: no more replies are possible.")
    static let nameRequired = LocalizedText(de: "Bitte geben Sie einen Namen ein.", en: "Please enter a name.")
    static let nameNeedsLetters = LocalizedText(de: "Der Name braucht Buchstaben oder Ziffern.", en: "The name needs letters or digits.")
    static let categoryExists = LocalizedText(de: "Eine Kategorie mit diesem Namen gibt es schon.", en: "A category with this name exists already.")
    static let titleRequired = LocalizedText(de: "Bitte geben Sie einen Titel ein.", en: "Please enter a title.")
    static let bodyRequired = LocalizedText(de: "Bitte schreiben Sie einen Text.", en: "Please write some text.")
    static func tooLong(_ limit: Int) -> LocalizedText {
        LocalizedText(de: "Bitte höchstens \(limit) Zeichen.", en: "At most \(limit) characters, please.")
    }
    static let invalidChoice = LocalizedText(de: "Ungültige Auswahl.", en: "Invalid choice.")
}
