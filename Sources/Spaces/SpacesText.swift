import TreffpunktCore

/// Every string of the Spaces feature, in German and English.
enum SpacesText {
    static let title = LocalizedText(de: "Räume", en: "Spaces")
    static let intro = LocalizedText(
        de: "Räume bringen Menschen über Standorte und Abteilungen hinweg zusammen: mit eigenem Newsfeed, Mitgliedern und Admins.",
        en: "Spaces bring people together across sites and departments, with their own feed, members and admins.")
    static let mySpaces = LocalizedText(de: "Meine Räume", en: "My spaces")
    static let otherSpaces = LocalizedText(de: "Weitere Räume", en: "More spaces")
    static let invitations = LocalizedText(de: "Einladungen", en: "Invitations")
    static let noSpaces = LocalizedText(de: "Keine Räume gefunden.", en: "No spaces found.")
    static let searchLabel = LocalizedText(de: "Räume durchsuchen", en: "Search spaces")
    static let searchButton = LocalizedText(de: "Suchen", en: "Search")
    static let createTitle = LocalizedText(de: "Neuen Raum anlegen", en: "Create a space")
    static let nameLabel = LocalizedText(de: "Name", en: "Name")
    static let descriptionLabel = LocalizedText(de: "Worum geht es?", en: "What is it about?")
    static let accessLabel = LocalizedText(de: "Zugang", en: "Access")
    static let createButton = LocalizedText(de: "Raum anlegen", en: "Create space")
    static let created = LocalizedText(de: "Der Raum wurde angelegt.", en: "The space was created.")
    static let projectSpace = LocalizedText(de: "Projektraum", en: "Project space")
    static func memberCount(_ count: Int) -> LocalizedText {
        LocalizedText(de: count == 1 ? "1 Mitglied" : "\(count) Mitglieder", en: count == 1 ? "1 member" : "\(count) members")
    }

    // Membership
    static let join = LocalizedText(de: "Beitreten", en: "Join")
    static let requestToJoin = LocalizedText(de: "Beitritt anfragen", en: "Ask to join")
    static let requestMessageLabel = LocalizedText(de: "Nachricht an die Admins (optional)", en: "Message to the admins (optional)")
    static let leave = LocalizedText(de: "Raum verlassen", en: "Leave space")
    static let accept = LocalizedText(de: "Einladung annehmen", en: "Accept invitation")
    static let decline = LocalizedText(de: "Ablehnen", en: "Decline")
    static let approve = LocalizedText(de: "Aufnehmen", en: "Approve")
    static let joined = LocalizedText(de: "Sie sind jetzt Mitglied des Raums.", en: "You are now a member of the space.")
    static let requested = LocalizedText(de: "Ihre Anfrage wurde gesendet. Die Admins des Raums entscheiden darüber.",
                                         en: "Your request was sent. The space's admins will decide on it.")
    static let requestPending = LocalizedText(de: "Ihre Beitrittsanfrage wartet auf die Admins.",
                                              en: "Your request to join is waiting for the admins.")
    static let invitedNotice = LocalizedText(de: "Sie wurden in diesen Raum eingeladen.", en: "You were invited to this space.")
    static let left = LocalizedText(de: "Sie haben den Raum verlassen.", en: "You left the space.")
    static let approved = LocalizedText(de: "Die Person wurde aufgenommen.", en: "The person was approved.")
    static let declined = LocalizedText(de: "Die Anfrage wurde abgelehnt.", en: "The request was declined.")
    static let invitationDeclined = LocalizedText(de: "Die Einladung wurde abgelehnt.", en: "The invitation was declined.")
    static let invited = LocalizedText(de: "Die Einladung wurde verschickt.", en: "The invitation was sent.")
    static let removed = LocalizedText(de: "Die Person wurde aus dem Raum entfernt.", en: "The person was removed from the space.")
    static let roleChanged = LocalizedText(de: "Die Rolle wurde geändert.", en: "The role was changed.")
    static let readAfterJoining = LocalizedText(de: "Die Beiträge dieses Raums sehen nur seine Mitglieder.",
                                                en: "Only members of this space see its posts.")

    // Members
    static let members = LocalizedText(de: "Mitglieder", en: "Members")
    static let sectionsLabel = LocalizedText(de: "Bereiche des Raums", en: "Parts of the space")
    static let admin = LocalizedText(de: "Admin", en: "Admin")
    static let makeAdmin = LocalizedText(de: "Zum Admin machen", en: "Make admin")
    static let makeMember = LocalizedText(de: "Admin-Rechte entziehen", en: "Remove admin rights")
    static let remove = LocalizedText(de: "Entfernen", en: "Remove")
    static let pendingRequests = LocalizedText(de: "Offene Beitrittsanfragen", en: "Pending requests to join")
    static let inviteTitle = LocalizedText(de: "Jemanden einladen", en: "Invite someone")
    static let inviteLabel = LocalizedText(de: "Benutzername", en: "Username")
    static let inviteButton = LocalizedText(de: "Einladen", en: "Invite")
    static let projectMembersManaged = LocalizedText(
        de: "Die Mitglieder dieses Projektraums sind das Projektteam; sie werden im Organigramm gepflegt.",
        en: "The members of this project space are the project team, kept in the org chart.")

    // Errors
    static let notFound = LocalizedText(de: "Raum nicht gefunden", en: "Space not found")
    static let nameLength = LocalizedText(de: "Der Name braucht 2 bis 80 Zeichen.", en: "The name needs 2 to 80 characters.")
    static let nameTaken = LocalizedText(de: "Einen Raum mit diesem Namen gibt es schon.", en: "A space with this name already exists.")
    static let nameNeedsLetters = LocalizedText(de: "Der Name braucht Buchstaben oder Ziffern.", en: "The name needs letters or digits.")
    static let descriptionTooLong = LocalizedText(de: "Die Beschreibung darf höchstens 1.000 Zeichen lang sein.",
                                                  en: "The description may be at most 1,000 characters long.")
    static let messageTooLong = LocalizedText(de: "Die Nachricht darf höchstens 500 Zeichen lang sein.",
                                              en: "The message may be at most 500 characters long.")
    static let unknownAccess = LocalizedText(de: "Wählen Sie offen, geschlossen oder geheim.", en: "Choose open, closed or secret.")
    static let alreadyMember = LocalizedText(de: "Sie sind bereits Mitglied dieses Raums.", en: "You are already a member of this space.")
    static let personAlreadyMember = LocalizedText(de: "Diese Person ist bereits Mitglied.", en: "This person is already a member.")
    static let alreadyRequested = LocalizedText(de: "Sie haben den Beitritt bereits angefragt.", en: "You already asked to join.")
    static let alreadyInvited = LocalizedText(de: "Diese Person ist bereits eingeladen.", en: "This person is already invited.")
    static let joinNeedsRequest = LocalizedText(de: "Diesem Raum tritt man auf Anfrage bei.", en: "This space is joined on request.")
    static let notOpenForRequests = LocalizedText(de: "Dieser Raum nimmt keine Anfragen an.", en: "This space takes no requests.")
    static let adminsOnly = LocalizedText(de: "Das dürfen nur die Admins des Raums.", en: "Only the space's admins may do that.")
    static let noSuchRequest = LocalizedText(de: "Diese Anfrage gibt es nicht (mehr).", en: "This request does not exist (any more).")
    static let noInvitation = LocalizedText(de: "Sie haben keine Einladung in diesen Raum.", en: "You have no invitation to this space.")
    static let unknownMember = LocalizedText(de: "Dieses Mitglied gibt es hier nicht.", en: "This member does not exist here.")
    static let notAMember = LocalizedText(de: "Diese Person ist kein Mitglied des Raums.", en: "This person is not a member of the space.")
    static let lastAdmin = LocalizedText(
        de: "Ein Raum braucht einen Admin: Ernennen Sie zuerst jemand anderen zum Admin.",
        en: "A space needs an admin: make someone else an admin first.")
    static let projectTeamManaged = LocalizedText(
        de: "Wer zu einem Projektraum gehört, bestimmt das Projektteam im Organigramm.",
        en: "Who belongs to a project space is decided by the project team in the org chart.")
    static let pagesCannotJoin = LocalizedText(de: "Unternehmensseiten können keinem Raum angehören.",
                                               en: "Company pages cannot belong to a space.")
}
