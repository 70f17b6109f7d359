import TreffpunktCore

/// Strings of the org chart, the directory and members' skills.
enum OrgChartText {
    // Skills
    static let skillsTitle = LocalizedText(de: "Fähigkeiten", en: "Skills")
    static let skillsLabel = LocalizedText(de: "Ihre Fähigkeiten", en: "Your skills")
    static let skillsHint = LocalizedText(
        de: "Durch Kommas getrennt, z. B. „SAP, Schweißen, Englisch“ – höchstens \(SkillNames.maximumCount), je bis zu \(SkillNames.maximumLength) Zeichen. Kolleginnen und Kollegen finden Sie darüber im Verzeichnis.",
        en: "Separated by commas, e.g. “SAP, welding, English” – at most \(SkillNames.maximumCount), each up to \(SkillNames.maximumLength) characters. Colleagues find you by them in the directory.")
    static let skillsSaved = LocalizedText(de: "Ihre Fähigkeiten sind gespeichert.", en: "Your skills have been saved.")
    static let save = LocalizedText(de: "Speichern", en: "Save")
    static func skillTooLong(_ skill: String, maximum: Int) -> LocalizedText {
        LocalizedText(de: "„\(skill)“ ist zu lang: höchstens \(maximum) Zeichen je Fähigkeit.",
                      en: "“\(skill)” is too long: at most \(maximum) characters per skill.")
    }
    static func tooManySkills(_ count: Int, maximum: Int) -> LocalizedText {
        LocalizedText(de: "Das sind \(count) Fähigkeiten; höchstens \(maximum) sind möglich.",
                      en: "That is \(count) skills; at most \(maximum) are possible.")
    }

    // Profile
    static let unit = LocalizedText(de: "Bereich", en: "Unit")
    static let manager = LocalizedText(de: "Vorgesetzte/r", en: "Manager")

    // Directory
    static let directoryTitle = LocalizedText(de: "Mitgliederverzeichnis", en: "Member directory")
    static let directoryIntro = LocalizedText(
        de: "Finden Sie Kolleginnen und Kollegen nach Name, Bereich, Standort, Position und Fähigkeiten.",
        en: "Find colleagues by name, unit, site, position and skills.")
    static let filterName = LocalizedText(de: "Name", en: "Name")
    static let filterUnit = LocalizedText(de: "Bereich (mit Unterbereichen)", en: "Unit (with its sub-units)")
    static let filterSite = LocalizedText(de: "Standort", en: "Site")
    static let filterPosition = LocalizedText(de: "Position", en: "Position")
    static let filterSkills = LocalizedText(de: "Fähigkeiten (alle davon)", en: "Skills (all of them)")
    static let filterSkillsHint = LocalizedText(de: "Mehrere durch Kommas trennen.", en: "Separate several with commas.")
    static let anyUnit = LocalizedText(de: "Alle", en: "All")
    static let applyFilters = LocalizedText(de: "Filtern", en: "Filter")
    static let clearFilters = LocalizedText(de: "Filter zurücksetzen", en: "Clear filters")
    static let popularSkills = LocalizedText(de: "Häufige Fähigkeiten", en: "Common skills")
    static let nobodyMatches = LocalizedText(de: "Niemand passt zu diesen Filtern.", en: "Nobody matches these filters.")
    static let morePeople = LocalizedText(de: "Weitere Personen", en: "More people")
    static let unknownUnit = LocalizedText(de: "Diesen Bereich oder Standort gibt es nicht.", en: "This unit or site does not exist.")
    static let filteredDirectoryLink = LocalizedText(de: "Verzeichnis mit Filtern", en: "Directory with filters")

    // Chart
    static let chartTitle = LocalizedText(de: "Organigramm", en: "Org chart")
    static let searchLabel = LocalizedText(de: "Person im Organigramm finden", en: "Find a person in the org chart")
    static let searchButton = LocalizedText(de: "Finden", en: "Find")
    static let emptyChart = LocalizedText(
        de: "Noch ist kein Bereich angelegt. Administratorinnen und Administratoren legen die Organisation unter „Organisation verwalten“ an.",
        en: "No unit has been created yet. Administrators set up the organisation under “Manage organisation”.")
    static func nobodyFound(_ query: String) -> LocalizedText {
        LocalizedText(de: "Niemand im Organigramm heißt „\(query)“ oder hat diese Position.",
                      en: "Nobody in the org chart is called “\(query)” or has this position.")
    }
    static func severalFound(_ count: Int) -> LocalizedText {
        LocalizedText(de: "\(count) Personen gefunden – wen meinen Sie?", en: "\(count) people found – whom do you mean?")
    }
    static func headCount(_ count: Int) -> LocalizedText {
        LocalizedText(de: count == 1 ? "1 Person" : "\(count) Personen", en: count == 1 ? "1 person" : "\(count) people")
    }
    static let head = LocalizedText(de: "Leitung", en: "Head")
    static let managersChain = LocalizedText(de: "Berichtsweg", en: "Reporting line")
    static let topOfChain = LocalizedText(de: "Niemandem unterstellt.", en: "Reports to nobody.")
    static let team = LocalizedText(de: "Team (direkt unterstellt)", en: "Team (direct reports)")
    static let noTeam = LocalizedText(de: "Niemand ist direkt unterstellt.", en: "Nobody reports directly.")
    static let showInChart = LocalizedText(de: "Im Organigramm zeigen", en: "Show in the org chart")
    static let reportingLine = LocalizedText(de: "Berichtslinie", en: "Reporting line")
    static let profile = LocalizedText(de: "Profil", en: "Profile")
    static let notPlaced = LocalizedText(de: "Noch keinem Bereich zugeordnet.", en: "Not placed in a unit yet.")
    static let memberNotFound = LocalizedText(de: "Diese Person gibt es nicht.", en: "This person does not exist.")
    static let projects = LocalizedText(de: "Projekte", en: "Projects")
    static let directory = LocalizedText(de: "Verzeichnis", en: "Directory")

    // Projects
    static let projectsTitle = LocalizedText(de: "Projekte", en: "Projects")
    static let noProjects = LocalizedText(de: "Noch gibt es keine Projekte.", en: "There are no projects yet.")
    static func memberCount(_ count: Int) -> LocalizedText {
        LocalizedText(de: count == 1 ? "1 Mitglied" : "\(count) Mitglieder", en: count == 1 ? "1 member" : "\(count) members")
    }
    static let projectLead = LocalizedText(de: "Projektleitung", en: "Project lead")
    static let noRole = LocalizedText(de: "Ohne Rolle", en: "No role")
    static let projectSpace = LocalizedText(de: "Zum Projektraum", en: "Go to the project space")
    static let projectNotFound = LocalizedText(de: "Dieses Projekt gibt es nicht.", en: "This project does not exist.")
    static let noProjectMembers = LocalizedText(de: "Das Projekt hat noch keine Mitglieder.", en: "The project has no members yet.")
}
