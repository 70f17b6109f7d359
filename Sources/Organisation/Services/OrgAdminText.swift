import TreffpunktCore

/// Strings of the organisation's administration: units, placements, projects.
enum OrgAdminText {
    static let title = LocalizedText(de: "Organisation verwalten", en: "Manage the organisation")
    static let intro = LocalizedText(
        de: "Einheiten (Unternehmen, Standorte, Abteilungen, Teams), wer wo arbeitet und an wen berichtet, und Projekte.",
        en: "Units (company, sites, departments, teams), who works where and reports to whom, and projects.")
    static let units = LocalizedText(de: "Einheiten", en: "Units")
    static let noUnits = LocalizedText(de: "Noch keine Einheiten. Legen Sie zuerst das Unternehmen an.", en: "No units yet. Start with the company.")
    static let newUnit = LocalizedText(de: "Neue Einheit", en: "New unit")
    static let name = LocalizedText(de: "Name", en: "Name")
    static let kind = LocalizedText(de: "Art", en: "Kind")
    static let parent = LocalizedText(de: "Übergeordnete Einheit", en: "Parent unit")
    static let noParent = LocalizedText(de: "– keine (oberste Ebene) –", en: "– none (top level) –")
    static let sortOrder = LocalizedText(de: "Reihenfolge", en: "Order")
    static let sortOrderInvalid = LocalizedText(de: "Die Reihenfolge muss eine ganze Zahl sein.", en: "The order must be a whole number.")
    static let create = LocalizedText(de: "Anlegen", en: "Create")
    static let save = LocalizedText(de: "Speichern", en: "Save")
    static let edit = LocalizedText(de: "Bearbeiten", en: "Edit")
    static let delete = LocalizedText(de: "Löschen", en: "Delete")
    static let remove = LocalizedText(de: "Entfernen", en: "Remove")
    static let back = LocalizedText(de: "Zurück zur Übersicht", en: "Back to the overview")
    static let editUnit = LocalizedText(de: "Einheit bearbeiten", en: "Edit unit")
    static let peopleInUnit = LocalizedText(de: "Personen in dieser Einheit", en: "People in this unit")
    static let nobodyInUnit = LocalizedText(de: "Niemand ist direkt dieser Einheit zugeordnet.", en: "Nobody is placed directly in this unit.")
    static let unitCreated = LocalizedText(de: "Die Einheit ist angelegt.", en: "The unit has been created.")
    static let unitSaved = LocalizedText(de: "Die Einheit ist gespeichert.", en: "The unit has been saved.")
    static let unitDeleted = LocalizedText(de: "Die Einheit ist gelöscht.", en: "The unit has been deleted.")

    static let placeTitle = LocalizedText(de: "Person zuordnen", en: "Place a person")
    static let placeIntro = LocalizedText(
        de: "Einheit, Vorgesetzte/n und Stelle einer Person festlegen. Personen per Benutzername oder E-Mail-Adresse angeben.",
        en: "Set a person's unit, manager and position. Name people by username or e-mail address.")
    static let person = LocalizedText(de: "Person", en: "Person")
    static let unit = LocalizedText(de: "Einheit", en: "Unit")
    static let noUnit = LocalizedText(de: "– keine –", en: "– none –")
    static let manager = LocalizedText(de: "Vorgesetzte/r (leer: niemand)", en: "Manager (empty: nobody)")
    static let position = LocalizedText(de: "Stelle (leer: unverändert)", en: "Position (empty: unchanged)")
    static let place = LocalizedText(de: "Zuordnen", en: "Place")
    static func placed(_ name: String) -> LocalizedText {
        LocalizedText(de: "\(name) ist zugeordnet.", en: "\(name) has been placed.")
    }

    static let projects = LocalizedText(de: "Projekte", en: "Projects")
    static let noProjects = LocalizedText(de: "Noch keine Projekte.", en: "No projects yet.")
    static let newProject = LocalizedText(de: "Neues Projekt", en: "New project")
    static let description = LocalizedText(de: "Beschreibung", en: "Description")
    static let editProject = LocalizedText(de: "Projekt bearbeiten", en: "Edit project")
    static let projectCreated = LocalizedText(de: "Das Projekt ist angelegt.", en: "The project has been created.")
    static let projectSaved = LocalizedText(de: "Das Projekt ist gespeichert.", en: "The project has been saved.")
    static let members = LocalizedText(de: "Mitglieder", en: "Members")
    static let noMembers = LocalizedText(de: "Das Projekt hat noch keine Mitglieder.", en: "The project has no members yet.")
    static let addMember = LocalizedText(de: "Mitglied hinzufügen oder ändern", en: "Add or change a member")
    static let projectRole = LocalizedText(de: "Projektrolle", en: "Project role")
    static let projectRoleHint = LocalizedText(de: "z. B. Projektleitung, Konstruktion, Einkauf", en: "e.g. project lead, design, purchasing")
    static let isLead = LocalizedText(de: "Leitet das Projekt", en: "Leads the project")
    static let lead = LocalizedText(de: "Leitung", en: "Lead")
    static let memberSaved = LocalizedText(de: "Das Mitglied ist gespeichert.", en: "The member has been saved.")
    static let memberRemoved = LocalizedText(de: "Das Mitglied ist entfernt.", en: "The member has been removed.")
    static let projectSpace = LocalizedText(de: "Bereich des Projekts", en: "The project's space")
    static let importLink = LocalizedText(de: "Aus CSV importieren", en: "Import from CSV")
    static let memberCount = LocalizedText(de: "Mitglieder", en: "members")

    // Problems
    static let kindRequired = LocalizedText(de: "Bitte eine Art wählen.", en: "Please choose a kind.")
    static let nameRequired = LocalizedText(de: "Bitte einen Namen angeben.", en: "Please enter a name.")
    static func nameTooLong(_ maximum: Int) -> LocalizedText {
        LocalizedText(de: "Höchstens \(maximum) Zeichen.", en: "At most \(maximum) characters.")
    }
    static func siblingExists(_ name: String) -> LocalizedText {
        LocalizedText(de: "Auf dieser Ebene gibt es schon eine Einheit „\(name)“.", en: "There already is a unit “\(name)” at this level.")
    }
    static let unitCycle = LocalizedText(
        de: "Eine Einheit kann nicht unter sich selbst oder eine ihrer Untereinheiten verschoben werden.",
        en: "A unit cannot be moved below itself or one of its sub-units.")
    static func kindConflict(parent: OrgUnitKind, child: OrgUnitKind) -> LocalizedText {
        LocalizedText(de: "Eine Einheit der Art „\(parent.label.de)“ kann keine der Art „\(child.label.de)“ enthalten.",
                      en: "A unit of kind “\(parent.label.en)” cannot contain one of kind “\(child.label.en)”.")
    }
    static let topLevelIsCompany = LocalizedText(
        de: "Auf oberster Ebene stehen nur Unternehmen.", en: "Only companies stand at the top level.")
    static let unitNotEmpty = LocalizedText(
        de: "Die Einheit hat noch Untereinheiten oder Personen; verschieben Sie diese zuerst.",
        en: "The unit still has sub-units or people; move them first.")
    static let unitNotFound = LocalizedText(de: "Diese Einheit gibt es nicht.", en: "This unit does not exist.")
    static let projectNotFound = LocalizedText(de: "Dieses Projekt gibt es nicht.", en: "This project does not exist.")
    static func projectExists(_ name: String) -> LocalizedText {
        LocalizedText(de: "Es gibt schon ein Projekt „\(name)“.", en: "There already is a project “\(name)”.")
    }
    static func unknownPerson(_ text: String) -> LocalizedText {
        LocalizedText(de: "Niemand mit dem Benutzernamen oder der E-Mail-Adresse „\(text)“.", en: "Nobody has the username or e-mail address “\(text)”.")
    }
    static let personRequired = LocalizedText(de: "Bitte eine Person angeben.", en: "Please name a person.")
    static let ownManager = LocalizedText(de: "Niemand ist sein eigener Vorgesetzter.", en: "Nobody is their own manager.")
    static func reportingCycle(_ names: [String]) -> LocalizedText {
        let chain = names.joined(separator: " → ")
        return LocalizedText(de: "Das ergäbe einen Kreis in der Berichtslinie: \(chain).",
                             en: "That would make the reporting line a circle: \(chain).")
    }
}
