import TreffpunktCore

/// Every string of the Social feature, in German and English.
enum SocialText {
    // Errors
    static let postNotFound = LocalizedText(de: "Beitrag nicht gefunden", en: "Record not found")
    static let memberNotFound = LocalizedText(de: "Mitglied nicht gefunden", en: "Record not found")
    static let conversationNotFound = LocalizedText(de: "Unterhaltung nicht gefunden", en: "Record not found")
    static let postEmpty = LocalizedText(de: "Der Beitrag ist leer.", en: "The post is empty.")
    static let postTooLong = LocalizedText(de: "Ein Beitrag darf höchstens 5.000 Zeichen lang sein.",
                                           en: "A post may be at most 5,000 characters long.")
    static let unknownVisibility = LocalizedText(
        de: "Unbekannte Sichtbarkeit. Erlaubt sind public, members (unlisted), friends (private) und direct.",
        en: "Unknown visibility. Allowed are public, members (unlisted), friends (private) and direct.")
    static func unknownMentions(_ names: String) -> LocalizedText {
        LocalizedText(de: "Diese Personen gibt es hier nicht: \(names)", en: "These people do not exist here: \(names)")
    }
    static let directNeedsMention = LocalizedText(
        de: "Ein Beitrag „Nur Erwähnte“ braucht mindestens eine @Erwähnung.",
        en: "A post for mentioned people only needs at least one @mention.")
    static let notShareable = LocalizedText(
        de: "Nur öffentliche Beiträge und Beiträge für alle Mitglieder können geteilt werden.",
        en: "Only public posts and posts for all members can be shared.")
    static let spaceMembersOnly = LocalizedText(de: "In diesem Raum können nur seine Mitglieder schreiben.",
                                                en: "Only members of this space can post in it.")
    static let spaceNeeded = LocalizedText(de: "Ein Beitrag für einen Raum wird im Raum selbst geschrieben.",
                                           en: "A post for a space is written in the space itself.")
    static let notInSpace = LocalizedText(de: "Beiträge in einem Raum gehen nicht auf eine Pinnwand und zitieren keine Beiträge.",
                                          en: "Posts in a space go on no Pinnwand and quote no posts.")
    static let openSpace = LocalizedText(de: "Zum Raum", en: "Open the space")
    static let openLink = LocalizedText(de: "Ansehen", en: "Open")
    static let spaceFeedEmpty = LocalizedText(de: "In diesem Raum wurde noch nichts geschrieben.",
                                              en: "Nothing has been posted in this space yet.")
    static let cannotCommentShare = LocalizedText(de: "Kommentieren Sie den geteilten Beitrag selbst.",
                                                  en: "Comment on the shared post itself.")
    static let wallFriendsOnly = LocalizedText(de: "Auf die Pinnwand können nur Freunde schreiben.",
                                               en: "Only friends can write on this Pinnwand.")
    static let wallNotForComments = LocalizedText(de: "Ein Kommentar gehört zu seinem Beitrag, nicht an eine Pinnwand.",
                                                  en: "A comment belongs to its post, not on a wall.")
    static let mayNotEdit = LocalizedText(de: "Diesen Beitrag dürfen Sie nicht bearbeiten.", en: "You may not edit this post.")
    static let mayNotDelete = LocalizedText(de: "Diesen Beitrag dürfen Sie nicht löschen.", en: "You may not delete this post.")
    static let notYourself = LocalizedText(de: "Das geht nicht mit Ihnen selbst.", en: "You cannot do this with yourself.")
    static let blockedContact = LocalizedText(de: "Zwischen Ihnen besteht eine Blockierung.", en: "There is a block between you.")
    static let alreadyFriends = LocalizedText(de: "Sie sind bereits befreundet.", en: "You are already friends.")
    static let requestAlreadySent = LocalizedText(de: "Sie haben bereits eine Freundschaftsanfrage gesendet.",
                                                  en: "You have already sent a friend request.")
    static let noSuchRequest = LocalizedText(de: "Diese Freundschaftsanfrage gibt es nicht.", en: "Record not found")
    static let notFriends = LocalizedText(de: "Sie sind nicht befreundet.", en: "You are not friends.")
    static let unknownReaction = LocalizedText(de: "Unbekannte Reaktion.", en: "Unknown reaction.")
    static let unknownAction = LocalizedText(de: "Unbekannte Aktion.", en: "Unknown action.")
    static let invalidCursor = LocalizedText(de: "Ungültige Seitenangabe.", en: "Invalid page cursor.")
    static let searchQueryMissing = LocalizedText(de: "Bitte einen Suchbegriff angeben.", en: "Please give a search term.")
    static let notificationNotFound = LocalizedText(de: "Benachrichtigung nicht gefunden", en: "Record not found")
    static let unsupportedStatusOptions = LocalizedText(
        de: "Umfragen und geplante Beiträge werden noch nicht unterstützt.",
        en: "Polls and scheduled posts are not supported yet.")
    static let mediaNotFound = LocalizedText(
        de: "Ein angehängtes Medium gibt es nicht oder es gehört jemand anderem.",
        en: "An attached medium does not exist or belongs to someone else.")
    static let tooManyMedia = LocalizedText(
        de: "Ein Beitrag trägt bis zu 4 Bilder oder 1 Video.", en: "A post carries up to 4 images or 1 video.")
    static let mediaStillProcessing = LocalizedText(
        de: "Ein Video wird noch verarbeitet. Bitte gleich noch einmal versuchen.",
        en: "A video is still being processed. Please try again in a moment.")
    static let mediaFailed = LocalizedText(de: "Diese Datei konnte nicht verarbeitet werden.", en: "This file could not be processed.")
    static let videoProcessing = LocalizedText(de: "Das Video wird verarbeitet …", en: "The video is being processed …")
    static let videoWithoutDescription = LocalizedText(de: "Video ohne Beschreibung", en: "Video without description")
    static let addMedia = LocalizedText(de: "Fotos oder Video (bis zu 4 Bilder oder 1 Video)", en: "Photos or video (up to 4 images or 1 video)")
    static let mediaDescriptionLabel = LocalizedText(
        de: "Bildbeschreibung (Alt-Text) für Menschen, die das Bild nicht sehen", en: "Description (alt text) for people who cannot see the picture")
    static let editDescriptions = LocalizedText(de: "Bildbeschreibungen bearbeiten", en: "Edit descriptions")
    static let editDescription = LocalizedText(de: "Beschreibung speichern", en: "Save description")
    static let video = LocalizedText(de: "Video", en: "Video")
    static let profileSections = LocalizedText(de: "Bereiche des Profils", en: "Profile sections")
    static let postsTab = LocalizedText(de: "Beiträge", en: "Posts")
    static let mediaTab = LocalizedText(de: "Fotos & Videos", en: "Photos & videos")
    static let noMedia = LocalizedText(de: "Noch keine Fotos oder Videos, die Sie sehen dürfen.", en: "No photos or videos you may see yet.")
    static func galleryTitle(_ name: String) -> LocalizedText {
        LocalizedText(de: "Fotos & Videos von \(name)", en: "Photos & videos of \(name)")
    }
    static let mediaAlreadyAttached = LocalizedText(
        de: "Ein Medium hängt schon an einem anderen Beitrag.", en: "A medium is already attached to another post.")
    static let invalidResource = LocalizedText(
        de: "Bitte eine Ressource der Form acct:name@host oder die Adresse eines Profils angeben.",
        en: "Please give a resource of the form acct:name@host or the address of a profile.")

    // Instance
    static let instanceDescription = LocalizedText(de: "Das Mitmach-Netz für Ihr Unternehmen", en: "The company network everyone takes part in")
    static func registrationForDomains(_ domains: String) -> LocalizedText {
        LocalizedText(de: "Registrieren können sich alle mit einer E-Mail-Adresse von \(domains).",
                      en: "Anyone with an e-mail address at \(domains) can sign up.")
    }
    static let registrationByInvitation = LocalizedText(de: "Registrierung nur mit Einladung.", en: "Sign-up by invitation only.")

    // Confirmations
    static let posted = LocalizedText(de: "Beitrag veröffentlicht.", en: "Post published.")
    static let commented = LocalizedText(de: "Kommentar veröffentlicht.", en: "Comment published.")
    static let postUpdated = LocalizedText(de: "Beitrag geändert.", en: "Post updated.")
    static let postDeleted = LocalizedText(de: "Beitrag gelöscht.", en: "Post deleted.")
    static let shared = LocalizedText(de: "Beitrag geteilt.", en: "Post shared.")
    static let unshared = LocalizedText(de: "Teilen zurückgenommen.", en: "Share withdrawn.")
    static let requestSent = LocalizedText(de: "Freundschaftsanfrage gesendet.", en: "Friend request sent.")
    static let requestAccepted = LocalizedText(de: "Sie sind jetzt befreundet.", en: "You are now friends.")
    static let requestDeclined = LocalizedText(de: "Anfrage abgelehnt.", en: "Request declined.")
    static let requestCancelled = LocalizedText(de: "Anfrage zurückgezogen.", en: "Request withdrawn.")
    static let unfriended = LocalizedText(de: "Freundschaft beendet.", en: "Friendship ended.")
    static let followed = LocalizedText(de: "Sie folgen jetzt.", en: "You are now following.")
    static let unfollowed = LocalizedText(de: "Sie folgen nicht mehr.", en: "You no longer follow.")
    static let blocked = LocalizedText(de: "Blockiert. Sie sehen einander nicht mehr.", en: "Blocked. You no longer see each other.")
    static let unblocked = LocalizedText(de: "Blockierung aufgehoben.", en: "Unblocked.")
    static let muted = LocalizedText(de: "Stummgeschaltet: Beiträge erscheinen nicht mehr in Ihrem Newsfeed.",
                                     en: "Muted: posts no longer appear in your newsfeed.")
    static let unmuted = LocalizedText(de: "Stummschaltung aufgehoben.", en: "Unmuted.")
    static let allRead = LocalizedText(de: "Alle Benachrichtigungen als gelesen markiert.", en: "All notifications marked as read.")
    static let preferencesSaved = LocalizedText(de: "Einstellungen gespeichert.", en: "Settings saved.")

    // Pages
    static let newsfeed = LocalizedText(de: "Newsfeed", en: "Newsfeed")
    static let publicTimeline = LocalizedText(de: "Öffentliche Beiträge", en: "Public posts")
    static func hashtagTitle(_ tag: String) -> LocalizedText { LocalizedText(de: "Beiträge mit #\(tag)", en: "Posts tagged #\(tag)") }
    static let composeLabel = LocalizedText(de: "Was gibt es Neues?", en: "What's new?")
    static let visibilityLabel = LocalizedText(de: "Sichtbar für", en: "Visible to")
    static let publish = LocalizedText(de: "Veröffentlichen", en: "Publish")
    static let olderPosts = LocalizedText(de: "Ältere Beiträge", en: "Older posts")
    static let noPosts = LocalizedText(de: "Noch keine Beiträge.", en: "No posts yet.")
    static let emptyFeed = LocalizedText(
        de: "Ihr Newsfeed ist noch leer. Schreiben Sie den ersten Beitrag oder finden Sie Kolleginnen und Kollegen unter „Mitglieder“.",
        en: "Your newsfeed is still empty. Write the first post or find colleagues under “Members”.")
    static let newPostsAvailable = LocalizedText(de: "Neue Beiträge – jetzt anzeigen", en: "New posts – show now")
    static let comments = LocalizedText(de: "Kommentare", en: "Comments")
    static let comment = LocalizedText(de: "Kommentieren", en: "Comment")
    static let reply = LocalizedText(de: "Antworten", en: "Reply")
    static let writeComment = LocalizedText(de: "Ihr Kommentar", en: "Your comment")
    static let writeReply = LocalizedText(de: "Ihre Antwort", en: "Your reply")
    static let share = LocalizedText(de: "Teilen", en: "Share")
    static let unshare = LocalizedText(de: "Nicht mehr teilen", en: "Unshare")
    static let shareWithComment = LocalizedText(de: "Mit Kommentar teilen", en: "Share with a comment")
    static let edit = LocalizedText(de: "Bearbeiten", en: "Edit")
    static let delete = LocalizedText(de: "Löschen", en: "Delete")
    static let remove = LocalizedText(de: "Entfernen", en: "Remove")
    static let save = LocalizedText(de: "Speichern", en: "Save")
    static let editPost = LocalizedText(de: "Beitrag bearbeiten", en: "Edit post")
    static let editHistory = LocalizedText(de: "Bearbeitungsverlauf", en: "Edit history")
    static let edited = LocalizedText(de: "bearbeitet", en: "edited")
    static let currentVersion = LocalizedText(de: "Aktuelle Fassung", en: "Current version")
    static func sharedBy(_ name: String) -> LocalizedText { LocalizedText(de: "\(name) hat geteilt", en: "\(name) shared") }
    static func onWallOf(_ name: String) -> LocalizedText { LocalizedText(de: "auf der Pinnwand von \(name)", en: "on \(name)'s Pinnwand") }
    static func commentsCount(_ count: Int) -> LocalizedText {
        LocalizedText(de: count == 1 ? "1 Kommentar" : "\(count) Kommentare", en: count == 1 ? "1 comment" : "\(count) comments")
    }
    static func sharesCount(_ count: Int) -> LocalizedText {
        LocalizedText(de: count == 1 ? "1-mal geteilt" : "\(count)-mal geteilt", en: count == 1 ? "shared once" : "shared \(count) times")
    }
    static func reactionsCount(_ count: Int) -> LocalizedText {
        LocalizedText(de: count == 1 ? "1 Reaktion" : "\(count) Reaktionen", en: count == 1 ? "1 reaction" : "\(count) reactions")
    }
    static let removeReaction = LocalizedText(de: "Reaktion zurücknehmen", en: "Remove reaction")
    static func writeOnWall(_ name: String) -> LocalizedText {
        LocalizedText(de: "Etwas an die Pinnwand von \(name) schreiben", en: "Write something on \(name)'s Pinnwand")
    }
    static let postsAndWall = LocalizedText(de: "Beiträge und Pinnwand", en: "Posts and Pinnwand")
    static let friends = LocalizedText(de: "Freunde", en: "Friends")
    static let incomingRequests = LocalizedText(de: "Freundschaftsanfragen an Sie", en: "Friend requests to you")
    static let outgoingRequests = LocalizedText(de: "Ihre offenen Anfragen", en: "Your pending requests")
    static let noFriends = LocalizedText(de: "Noch keine Freunde. Finden Sie Kolleginnen und Kollegen unter „Mitglieder“.",
                                         en: "No friends yet. Find colleagues under “Members”.")
    static let noRequests = LocalizedText(de: "Keine offenen Anfragen.", en: "No pending requests.")
    static let addFriend = LocalizedText(de: "Als Freund hinzufügen", en: "Add friend")
    static let accept = LocalizedText(de: "Annehmen", en: "Accept")
    static let decline = LocalizedText(de: "Ablehnen", en: "Decline")
    static let cancelRequest = LocalizedText(de: "Anfrage zurückziehen", en: "Withdraw request")
    static let unfriend = LocalizedText(de: "Freundschaft beenden", en: "Unfriend")
    static let follow = LocalizedText(de: "Folgen", en: "Follow")
    static let unfollow = LocalizedText(de: "Nicht mehr folgen", en: "Unfollow")
    static let block = LocalizedText(de: "Blockieren", en: "Block")
    static let unblock = LocalizedText(de: "Blockierung aufheben", en: "Unblock")
    static let mute = LocalizedText(de: "Stummschalten", en: "Mute")
    static let unmute = LocalizedText(de: "Stummschaltung aufheben", en: "Unmute")
    static let isFriend = LocalizedText(de: "Ihr Freund / Ihre Freundin", en: "Your friend")
    static let requestPending = LocalizedText(de: "Anfrage gesendet", en: "Request sent")
    static let wantsToBeFriends = LocalizedText(de: "möchte mit Ihnen befreundet sein", en: "wants to be your friend")
    static let notifications = LocalizedText(de: "Benachrichtigungen", en: "Notifications")
    static let noNotifications = LocalizedText(de: "Keine Benachrichtigungen.", en: "No notifications.")
    static let markAllRead = LocalizedText(de: "Alle als gelesen markieren", en: "Mark all as read")
    static let unread = LocalizedText(de: "ungelesen", en: "unread")
    static let older = LocalizedText(de: "Ältere", en: "Older")
    static let search = LocalizedText(de: "Suche", en: "Search")
    static let searchLabel = LocalizedText(de: "Personen, Beiträge und #Hashtags suchen", en: "Search people, posts and #hashtags")
    static let people = LocalizedText(de: "Personen", en: "People")
    static let posts = LocalizedText(de: "Beiträge", en: "Posts")
    static let hashtags = LocalizedText(de: "Hashtags", en: "Hashtags")
    static let nothingFound = LocalizedText(de: "Nichts gefunden.", en: "Nothing found.")
    static func hashtagUses(_ count: Int) -> LocalizedText {
        LocalizedText(de: count == 1 ? "1 Beitrag" : "\(count) Beiträge", en: count == 1 ? "1 post" : "\(count) posts")
    }
    static let postingSettings = LocalizedText(de: "Beiträge und Kontakte", en: "Posts and contacts")
    static let defaultVisibility = LocalizedText(de: "Standard-Sichtbarkeit neuer Beiträge", en: "Default visibility of new posts")
    static let acceptsFollowers = LocalizedText(
        de: "Andere dürfen mir ohne Freundschaftsanfrage folgen",
        en: "Others may follow me without a friend request")
    static let post = LocalizedText(de: "Beitrag", en: "Post")
    static let bio = LocalizedText(de: "Über mich", en: "About me")
    static let memberSince = LocalizedText(de: "Mitglied seit", en: "Member since")
    static let editProfile = LocalizedText(de: "Profil bearbeiten", en: "Edit profile")
    static let administrator = LocalizedText(de: "Administrator/in", en: "Administrator")
    static let noBio = LocalizedText(de: "Noch keine Angaben.", en: "Nothing here yet.")

    static func notificationText(_ kind: NotificationKind, actor: String) -> LocalizedText {
        switch kind {
        case .friendRequest: LocalizedText(de: "\(actor) möchte mit Ihnen befreundet sein.", en: "\(actor) wants to be your friend.")
        case .friendAccepted: LocalizedText(de: "\(actor) hat Ihre Freundschaftsanfrage angenommen.", en: "\(actor) accepted your friend request.")
        case .follow: LocalizedText(de: "\(actor) folgt Ihnen jetzt.", en: "\(actor) now follows you.")
        case .comment: LocalizedText(de: "\(actor) hat kommentiert.", en: "\(actor) commented.")
        case .reaction: LocalizedText(de: "\(actor) hat auf Ihren Beitrag reagiert.", en: "\(actor) reacted to your post.")
        case .mention: LocalizedText(de: "\(actor) hat Sie erwähnt.", en: "\(actor) mentioned you.")
        case .wallPost: LocalizedText(de: "\(actor) hat auf Ihre Pinnwand geschrieben.", en: "\(actor) wrote on your Pinnwand.")
        case .share: LocalizedText(de: "\(actor) hat Ihren Beitrag geteilt.", en: "\(actor) shared your post.")
        case .spaceRequest: LocalizedText(de: "\(actor) möchte einem Ihrer Räume beitreten.", en: "\(actor) asks to join one of your spaces.")
        case .spaceApproved: LocalizedText(de: "\(actor) hat Sie in einen Raum aufgenommen.", en: "\(actor) let you into a space.")
        case .spaceInvitation: LocalizedText(de: "\(actor) hat Sie in einen Raum eingeladen.", en: "\(actor) invited you to a space.")
        case .forumReply: LocalizedText(de: "\(actor) hat in einem Thema geantwortet, das Sie abonniert haben.",
                                        en: "\(actor) replied in a topic you follow.")
        }
    }
}
