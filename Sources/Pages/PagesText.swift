import TreffpunktCore

/// Every text of the company pages, in German and English.
enum PagesText {
    static let title = LocalizedText(de: "Unternehmensseiten", en: "Company pages")
    static let companyPage = LocalizedText(de: "Unternehmensseite", en: "Company page")
    static let searchLabel = LocalizedText(de: "Seiten suchen", en: "Search pages")
    static let search = LocalizedText(de: "Suchen", en: "Search")
    static let noPages = LocalizedText(de: "Noch keine Unternehmensseiten.", en: "No company pages yet.")
    static let morePages = LocalizedText(de: "Weitere Seiten", en: "More pages")
    static let createTitle = LocalizedText(de: "Neue Unternehmensseite", en: "New company page")
    static let slugLabel = LocalizedText(de: "Adresse (/c/…)", en: "Address (/c/…)")
    static let slugHint = LocalizedText(de: "Buchstaben, Ziffern, Punkt, Binde- und Unterstrich; 3–30 Zeichen.",
                                        en: "Letters, digits, dots, hyphens and underscores; 3–30 characters.")
    static let nameLabel = LocalizedText(de: "Name", en: "Name")
    static let ownerLabel = LocalizedText(de: "Inhaber:in (Benutzername)", en: "Owner (username)")
    static let create = LocalizedText(de: "Seite anlegen", en: "Create page")
    static let created = LocalizedText(de: "Die Seite ist angelegt.", en: "The page has been created.")
    static let required = LocalizedText(de: "Bitte ausfüllen.", en: "Please fill in.")
    static func tooLong(_ maximum: Int) -> LocalizedText {
        LocalizedText(de: "Höchstens \(maximum) Zeichen.", en: "At most \(maximum) characters.")
    }
    static let unknownMember = LocalizedText(de: "Kein Mitglied mit diesem Benutzernamen.", en: "No member with this username.")
    static func unknownMembers(_ names: String) -> LocalizedText {
        LocalizedText(de: "Unbekannte Mitglieder: \(names)", en: "Unknown members: \(names)")
    }
    static let pageNotFound = LocalizedText(de: "Diese Unternehmensseite gibt es nicht.", en: "There is no such company page.")
    static let notAllowed = LocalizedText(de: "Das dürfen auf dieser Seite nur Mitglieder ihres Teams mit der passenden Rolle.",
                                          en: "Only members of this page's team with the right role may do this.")

    // The page itself.
    static func followers(_ count: Int) -> LocalizedText {
        LocalizedText(de: count == 1 ? "1 Follower" : "\(count) Follower", en: count == 1 ? "1 follower" : "\(count) followers")
    }
    static let follow = LocalizedText(de: "Folgen", en: "Follow")
    static let unfollow = LocalizedText(de: "Nicht mehr folgen", en: "Unfollow")
    static let manage = LocalizedText(de: "Seite bearbeiten", en: "Edit page")
    static let statistics = LocalizedText(de: "Statistik", en: "Statistics")
    static let about = LocalizedText(de: "Über uns", en: "About us")
    static let contact = LocalizedText(de: "Kontakt", en: "Contact")
    static let imprint = LocalizedText(de: "Impressum", en: "Imprint")
    static let address = LocalizedText(de: "Anschrift", en: "Address")
    static let phone = LocalizedText(de: "Telefon", en: "Phone")
    static let email = LocalizedText(de: "E-Mail", en: "E-mail")
    static let website = LocalizedText(de: "Website", en: "Website")
    static let noJobs = LocalizedText(de: "Noch keine offenen Stellen", en: "No open positions yet")
    static let noPosts = LocalizedText(de: "Noch keine Beiträge.", en: "No posts yet.")
    static let noContact = LocalizedText(de: "Noch keine Kontaktdaten.", en: "No contact details yet.")
    static let yourRole = LocalizedText(de: "Ihre Rolle", en: "Your role")

    // Posting as the page.
    static func postAs(_ name: String) -> LocalizedText {
        LocalizedText(de: "Als \(name) veröffentlichen", en: "Publish as \(name)")
    }
    static let publish = LocalizedText(de: "Veröffentlichen", en: "Publish")
    static let audience = LocalizedText(de: "Sichtbarkeit", en: "Audience")
    static let audienceInvalid = LocalizedText(de: "Bitte „Öffentlich“ oder „Intern (nur Mitarbeitende)“ wählen.",
                                               en: "Please choose “Public” or “Internal (employees only)”.")
    static let published = LocalizedText(de: "Der Beitrag ist veröffentlicht.", en: "The post has been published.")
    static let recentTeamPosts = LocalizedText(de: "Zuletzt für die Seite geschrieben", en: "Recently written for the page")
    static func writtenBy(_ name: String) -> LocalizedText {
        LocalizedText(de: "geschrieben von \(name)", en: "written by \(name)")
    }

    // Reviews.
    static let reviews = LocalizedText(de: "Bewertungen", en: "Reviews")
    static let noReviews = LocalizedText(de: "Noch keine Bewertungen.", en: "No reviews yet.")
    static func average(_ value: String, count: Int) -> LocalizedText {
        LocalizedText(de: "\(value) von 5 Sternen (\(count == 1 ? "1 Bewertung" : "\(count) Bewertungen"))",
                      en: "\(value) out of 5 stars (\(count == 1 ? "1 review" : "\(count) reviews"))")
    }
    static func starsLabel(_ stars: Int) -> LocalizedText {
        LocalizedText(de: stars == 1 ? "1 Stern" : "\(stars) Sterne", en: stars == 1 ? "1 star" : "\(stars) stars")
    }
    static let logInToRate = LocalizedText(de: "Melden Sie sich an, um diese Seite zu bewerten.", en: "Log in to rate this page.")
    static let rateTitle = LocalizedText(de: "Seite bewerten", en: "Rate this page")
    static let yourReview = LocalizedText(de: "Ihre Bewertung", en: "Your review")
    static let starsLegend = LocalizedText(de: "Sterne", en: "Stars")
    static let reviewText = LocalizedText(de: "Ihre Erfahrung", en: "Your experience")
    static let submitReview = LocalizedText(de: "Bewertung abgeben", en: "Submit review")
    static let saveReview = LocalizedText(de: "Bewertung ändern", en: "Update review")
    static let deleteReview = LocalizedText(de: "Bewertung löschen", en: "Delete review")
    static let reviewSaved = LocalizedText(de: "Danke für Ihre Bewertung!", en: "Thank you for your review!")
    static let reviewUpdated = LocalizedText(de: "Ihre Bewertung ist geändert.", en: "Your review has been updated.")
    static let reviewDeleted = LocalizedText(de: "Ihre Bewertung ist gelöscht.", en: "Your review has been deleted.")
    static let alreadyReviewed = LocalizedText(
        de: "Sie haben diese Seite bereits bewertet – Sie können Ihre Bewertung bearbeiten.",
        en: "You have already rated this page – you can edit your review.")
    static let noReviewYet = LocalizedText(de: "Sie haben diese Seite noch nicht bewertet.", en: "You have not rated this page yet.")
    static let starsInvalid = LocalizedText(de: "Bitte 1 bis 5 Sterne wählen.", en: "Please choose 1 to 5 stars.")
    static let teamCannotReview = LocalizedText(de: "Das Team einer Seite kann sie nicht bewerten.",
                                                en: "A page's own team cannot rate it.")
    static let reply = LocalizedText(de: "Antwort der Seite", en: "The page's reply")
    static let replyLabel = LocalizedText(de: "Öffentliche Antwort", en: "Public reply")
    static let saveReply = LocalizedText(de: "Antwort speichern", en: "Save reply")
    static let replySaved = LocalizedText(de: "Die Antwort ist gespeichert.", en: "The reply has been saved.")
    static let reviewNotFound = LocalizedText(de: "Diese Bewertung gibt es nicht.", en: "There is no such review.")
    static let olderReviews = LocalizedText(de: "Ältere Bewertungen", en: "Older reviews")

    // Managing the page.
    static let manageTitle = LocalizedText(de: "Seite bearbeiten", en: "Edit page")
    static let backToPage = LocalizedText(de: "Zurück zur Seite", en: "Back to the page")
    static let taglineLabel = LocalizedText(de: "Kurzbeschreibung", en: "Tagline")
    static let aboutLabel = LocalizedText(de: "Über uns (Absätze durch Leerzeilen trennen)", en: "About us (separate paragraphs by blank lines)")
    static let imprintLabel = LocalizedText(de: "Impressum", en: "Imprint")
    static let websiteInvalid = LocalizedText(de: "Bitte eine Adresse mit http:// oder https:// angeben.",
                                              en: "Please give an address starting with http:// or https://.")
    static let emailInvalid = LocalizedText(de: "Bitte eine gültige E-Mail-Adresse angeben.", en: "Please give a valid e-mail address.")
    static let save = LocalizedText(de: "Speichern", en: "Save")
    static let aboutSaved = LocalizedText(de: "Die Angaben sind gespeichert.", en: "The details have been saved.")
    static let blocks = LocalizedText(de: "Bausteine", en: "Building blocks")
    static let noBlocks = LocalizedText(de: "Noch keine Bausteine.", en: "No building blocks yet.")
    static let addBlock = LocalizedText(de: "Baustein hinzufügen", en: "Add building block")
    static let blockKind = LocalizedText(de: "Art", en: "Kind")
    static let blockTitle = LocalizedText(de: "Überschrift", en: "Heading")
    static let blockBody = LocalizedText(de: "Text (Markdown: **fett**, *kursiv*, [Link](https://…), Listen mit -)",
                                         en: "Text (Markdown: **bold**, *italic*, [link](https://…), lists with -)")
    static let linksLabel = LocalizedText(de: "Links, einer pro Zeile: Bezeichnung | https://…",
                                          en: "Links, one per line: Label | https://…")
    static let teamLabel = LocalizedText(de: "Personen, eine pro Zeile: Benutzername | Aufgabe (optional)",
                                         en: "People, one per line: username | role (optional)")
    static let imageLabel = LocalizedText(de: "Bild (JPEG, PNG, WebP oder GIF)", en: "Picture (JPEG, PNG, WebP or GIF)")
    static let imageAlt = LocalizedText(de: "Bildbeschreibung für Menschen, die das Bild nicht sehen", en: "Description for people who cannot see the picture")
    static let existingImage = LocalizedText(de: "Oder ein Bild der Seite wählen", en: "Or choose one of the page's pictures")
    static let noExistingImage = LocalizedText(de: "– keins –", en: "– none –")
    static let uploadImage = LocalizedText(de: "Bild speichern", en: "Save picture")
    static let imageMissing = LocalizedText(de: "Noch kein Bild.", en: "No picture yet.")
    static let imageNotOfPage = LocalizedText(de: "Dieses Bild gehört nicht zu dieser Seite.", en: "This picture does not belong to this page.")
    static let imageRequired = LocalizedText(de: "Bitte ein Bild hochladen oder wählen.", en: "Please upload or choose a picture.")
    static let notAnImageBlock = LocalizedText(de: "Nur Bild-Bausteine haben ein Bild.", en: "Only image blocks have a picture.")
    static func linkInvalid(_ line: Int) -> LocalizedText {
        LocalizedText(de: "Zeile \(line): bitte „Bezeichnung | https://…“ mit einer http- oder https-Adresse.",
                      en: "Line \(line): please write “Label | https://…” with an http or https address.")
    }
    static func tooManyEntries(_ maximum: Int) -> LocalizedText {
        LocalizedText(de: "Höchstens \(maximum) Zeilen.", en: "At most \(maximum) lines.")
    }
    static let edit = LocalizedText(de: "Bearbeiten", en: "Edit")
    static let moveUp = LocalizedText(de: "Nach oben", en: "Move up")
    static let moveDown = LocalizedText(de: "Nach unten", en: "Move down")
    static let remove = LocalizedText(de: "Entfernen", en: "Remove")
    static let blockAdded = LocalizedText(de: "Der Baustein ist hinzugefügt.", en: "The building block has been added.")
    static let blockSaved = LocalizedText(de: "Der Baustein ist gespeichert.", en: "The building block has been saved.")
    static let blockMoved = LocalizedText(de: "Der Baustein ist verschoben.", en: "The building block has been moved.")
    static let blockRemoved = LocalizedText(de: "Der Baustein ist entfernt.", en: "The building block has been removed.")
    static let blockNotFound = LocalizedText(de: "Diesen Baustein gibt es nicht.", en: "There is no such building block.")
    static let editBlockTitle = LocalizedText(de: "Baustein bearbeiten", en: "Edit building block")
    static let unknownBlockKind = LocalizedText(de: "Unbekannte Art von Baustein.", en: "Unknown kind of building block.")
    static let unknownDirection = LocalizedText(de: "Unbekannte Richtung.", en: "Unknown direction.")

    // Roles.
    static let team = LocalizedText(de: "Team der Seite", en: "The page's team")
    static let roleLabel = LocalizedText(de: "Rolle", en: "Role")
    static let memberLabel = LocalizedText(de: "Mitglied (Benutzername)", en: "Member (username)")
    static let grant = LocalizedText(de: "Rolle vergeben", en: "Grant role")
    static let roleGranted = LocalizedText(de: "Die Rolle ist vergeben.", en: "The role has been granted.")
    static let roleRevoked = LocalizedText(de: "Die Rolle ist entzogen.", en: "The role has been revoked.")
    static let revoke = LocalizedText(de: "Rolle entziehen", en: "Revoke role")
    static let lastOwner = LocalizedText(de: "Eine Seite braucht mindestens eine Inhaberin oder einen Inhaber.",
                                         en: "A page needs at least one owner.")
    static let roleUnknown = LocalizedText(de: "Unbekannte Rolle.", en: "Unknown role.")
    static let pageCannotHoldRole = LocalizedText(de: "Nur Menschen können Rollen auf einer Seite haben.",
                                                  en: "Only people can hold roles on a page.")
    static let notInTeam = LocalizedText(de: "Dieses Mitglied gehört nicht zum Team der Seite.", en: "This member is not on the page's team.")
    static let roleDescriptions = LocalizedText(
        de: "Inhaber:in: alles, auch Rollen. Redaktion: Bausteine, Angaben, Bilder und Beiträge (auch bearbeiten und löschen). "
            + "Moderation: Antworten auf Bewertungen, Kommentare unter Beiträgen entfernen. Analyse: Statistik.",
        en: "Owner: everything, roles included. Editor: blocks, details, pictures and posts (editing and deleting them too). "
            + "Moderator: replies to reviews, removing comments under posts. Analyst: statistics.")

    // Statistics.
    static let statisticsTitle = LocalizedText(de: "Statistik der Seite", en: "Page statistics")
    static let followersCount = LocalizedText(de: "Follower", en: "Followers")
    static let postsCount = LocalizedText(de: "Beiträge", en: "Posts")
    static let reviewsCount = LocalizedText(de: "Bewertungen", en: "Reviews")
    static let averageStars = LocalizedText(de: "Durchschnitt", en: "Average")
    static let distribution = LocalizedText(de: "Verteilung der Sterne", en: "Stars given")
    static let postsByTeam = LocalizedText(de: "Beiträge nach Teammitglied", en: "Posts by team member")
}
