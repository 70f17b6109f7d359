import TreffpunktCore

/// Every string of the Messaging feature, in German and English.
enum MessagingText {
    static let title = LocalizedText(de: "Nachrichten", en: "Messages")
    static let intro = LocalizedText(de: "Direkt und in Gruppen schreiben – nur die Beteiligten lesen mit.",
                                     en: "Write directly and in groups – only those taking part can read along.")
    static let noChats = LocalizedText(de: "Noch keine Unterhaltungen.", en: "No conversations yet.")
    static let newChat = LocalizedText(de: "Neue Unterhaltung", en: "New conversation")
    static let peopleLabel = LocalizedText(de: "Mit wem? (Benutzernamen, durch Komma getrennt)",
                                           en: "With whom? (usernames, separated by commas)")
    static let groupNameLabel = LocalizedText(de: "Gruppenname (optional; mit Namen wird es eine Gruppe)",
                                              en: "Group name (optional; with a name it becomes a group)")
    static let startChat = LocalizedText(de: "Unterhaltung beginnen", en: "Start conversation")
    static let sendMessage = LocalizedText(de: "Nachricht senden", en: "Send message")
    static let send = LocalizedText(de: "Senden", en: "Send")
    static let messageLabel = LocalizedText(de: "Nachricht", en: "Message")
    static let attachLabel = LocalizedText(de: "Fotos oder Video anhängen", en: "Attach photos or a video")
    static let searchLabel = LocalizedText(de: "In meinen Nachrichten suchen", en: "Search my messages")
    static let searchButton = LocalizedText(de: "Suchen", en: "Search")
    static let searchTitle = LocalizedText(de: "Nachrichten durchsuchen", en: "Search messages")
    static let noResults = LocalizedText(de: "Keine Nachrichten gefunden.", en: "No messages found.")
    static let searchQueryMissing = LocalizedText(de: "Bitte geben Sie einen Suchbegriff ein.", en: "Please enter something to search for.")
    static let olderMessages = LocalizedText(de: "Ältere Nachrichten laden", en: "Load older messages")
    static let noMessages = LocalizedText(de: "Noch keine Nachrichten. Schreiben Sie die erste!",
                                          en: "No messages yet. Write the first one!")
    static let edited = LocalizedText(de: "bearbeitet", en: "edited")
    static let deletedMessage = LocalizedText(de: "Nachricht gelöscht", en: "Message deleted")
    static let edit = LocalizedText(de: "Bearbeiten", en: "Edit")
    static let delete = LocalizedText(de: "Löschen", en: "Delete")
    static let save = LocalizedText(de: "Speichern", en: "Save")
    static let cancel = LocalizedText(de: "Abbrechen", en: "Cancel")
    static let editMessageTitle = LocalizedText(de: "Nachricht bearbeiten", en: "Edit message")
    static let messageEdited = LocalizedText(de: "Die Nachricht wurde geändert.", en: "The message was changed.")
    static let messageDeleted = LocalizedText(de: "Die Nachricht wurde gelöscht.", en: "The message was deleted.")
    static let readBy = LocalizedText(de: "Gelesen von", en: "Read by")
    static let sent = LocalizedText(de: "Gesendet", en: "Sent")
    static let typingSingular = LocalizedText(de: "schreibt …", en: "is typing …")
    static func unread(_ count: Int) -> LocalizedText {
        LocalizedText(de: count == 1 ? "1 ungelesen" : "\(count) ungelesen", en: "\(count) unread")
    }
    static let you = LocalizedText(de: "Sie", en: "You")
    static let participants = LocalizedText(de: "Teilnehmende", en: "Participants")
    static let groupSettings = LocalizedText(de: "Gruppe verwalten", en: "Manage group")
    static let renameLabel = LocalizedText(de: "Name der Gruppe", en: "Group name")
    static let rename = LocalizedText(de: "Umbenennen", en: "Rename")
    static let renamed = LocalizedText(de: "Der Name wurde geändert.", en: "The name was changed.")
    static let addPeopleLabel = LocalizedText(de: "Personen hinzufügen (Benutzernamen, durch Komma getrennt)",
                                              en: "Add people (usernames, separated by commas)")
    static let add = LocalizedText(de: "Hinzufügen", en: "Add")
    static let added = LocalizedText(de: "Die Personen wurden hinzugefügt.", en: "The people were added.")
    static let remove = LocalizedText(de: "Entfernen", en: "Remove")
    static let removed = LocalizedText(de: "Die Person wurde aus der Gruppe entfernt.", en: "The person was removed from the group.")
    static let leave = LocalizedText(de: "Gruppe verlassen", en: "Leave group")
    static let left = LocalizedText(de: "Sie haben die Gruppe verlassen.", en: "You left the group.")
    static let backToChats = LocalizedText(de: "Alle Unterhaltungen", en: "All conversations")
    static let unnamedGroup = LocalizedText(de: "Gruppe", en: "Group")
    static let attachment = LocalizedText(de: "Anhang", en: "Attachment")

    // Errors
    static let chatNotFound = LocalizedText(de: "Diese Unterhaltung gibt es nicht.", en: "This conversation does not exist.")
    static let messageNotFound = LocalizedText(de: "Diese Nachricht gibt es nicht.", en: "This message does not exist.")
    static let noPeopleChosen = LocalizedText(de: "Bitte wählen Sie mindestens eine Person.", en: "Please choose at least one person.")
    static func unknownPeople(_ names: String) -> LocalizedText {
        LocalizedText(de: "Diese Personen gibt es nicht: \(names)", en: "These people do not exist: \(names)")
    }
    static let pagesCannotChat = LocalizedText(de: "Mit Unternehmensseiten kann man nicht chatten.",
                                               en: "Company pages cannot take part in chats.")
    static let blocked = LocalizedText(de: "Zwischen Ihnen und dieser Person ist der Kontakt blockiert.",
                                       en: "Contact between you and this person is blocked.")
    static let tooManyPeople = LocalizedText(de: "Eine Gruppe hat höchstens 100 Personen.", en: "A group has at most 100 people.")
    static let nameTooLong = LocalizedText(de: "Der Name darf höchstens 100 Zeichen lang sein.", en: "The name may be at most 100 characters long.")
    static let onlyGroups = LocalizedText(
        de: "Das geht nur in Gruppen. Für mehr Personen beginnen Sie eine neue Gruppe.",
        en: "That works in groups only. To include more people, start a new group.")
    static let notAParticipant = LocalizedText(de: "Diese Person nimmt nicht an der Unterhaltung teil.",
                                               en: "This person does not take part in the conversation.")
    static let messageEmpty = LocalizedText(de: "Bitte schreiben Sie etwas oder hängen Sie eine Datei an.",
                                            en: "Please write something or attach a file.")
    static let messageTooLong = LocalizedText(de: "Eine Nachricht darf höchstens 5.000 Zeichen lang sein.",
                                              en: "A message may be at most 5,000 characters long.")
    static let notYourMessage = LocalizedText(de: "Nur wer eine Nachricht geschrieben hat, kann sie ändern oder löschen.",
                                              en: "Only the author of a message can change or delete it.")
    static let messageAlreadyDeleted = LocalizedText(de: "Diese Nachricht wurde gelöscht.", en: "This message was deleted.")
    static let mediaNotFound = LocalizedText(de: "Anhänge müssen eigene, fertig verarbeitete und noch nicht verwendete Dateien sein.",
                                             en: "Attachments must be your own, processed files not used elsewhere.")
    static let tooManyMedia = LocalizedText(de: "Höchstens 4 Bilder oder 1 Video pro Nachricht.",
                                            en: "At most 4 pictures or 1 video per message.")
    static let invalidID = LocalizedText(de: "Das ist keine gültige Nummer.", en: "That is not a valid id.")
}
