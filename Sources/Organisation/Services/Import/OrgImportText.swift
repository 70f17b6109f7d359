import TreffpunktCore

/// Strings of the CSV import.
enum OrgImportText {
    static let title = LocalizedText(de: "Organisation aus CSV importieren", en: "Import the organisation from CSV")
    static let intro = LocalizedText(
        de: "Eine Zeile je Person, wie sie ein HR-Programm oder eine Tabelle exportiert: Name, E-Mail, Stelle, Einheit (Pfad wie „Musterfirma GmbH / Standort Stuttgart / Vertrieb / Team Süd“) und E-Mail der/des Vorgesetzten. Trennzeichen Semikolon, Komma oder Tabulator; UTF-8, UTF-16 (Excel „Unicode-Text“) oder Windows-1252. Vor dem Import sehen Sie eine Vorschau; importiert wird nur alles oder nichts.",
        en: "One row per person, as an HR tool or spreadsheet exports it: name, e-mail, position, unit (a path like “Musterfirma GmbH / Standort Stuttgart / Vertrieb / Team Süd”) and the manager's e-mail. Separated by semicolons, commas or tabs; UTF-8, UTF-16 (Excel “Unicode text”) or Windows-1252. You see a preview first; the import writes everything or nothing.")
    static let columnsHint = LocalizedText(
        de: "Spaltennamen (Groß-/Kleinschreibung egal): Name (oder Vorname und Nachname), E-Mail, Stelle/Position, Einheit/Abteilung, Vorgesetzte/r E-Mail.",
        en: "Column names (any letter case): Name (or first and last name), Email, Position, Unit/Department, Manager email.")
    static let file = LocalizedText(de: "CSV-Datei", en: "CSV file")
    static let showPreview = LocalizedText(de: "Vorschau anzeigen", en: "Show preview")
    static let previewTitle = LocalizedText(de: "Vorschau des Imports", en: "Import preview")
    static func previewSummary(rows: Int, new: Int, updates: Int, errors: Int, encoding: String) -> LocalizedText {
        LocalizedText(de: "\(rows) Zeilen (gelesen als \(encoding)): \(new) neue Personen, \(updates) Aktualisierungen, \(errors) fehlerhafte Zeilen.",
                      en: "\(rows) rows (read as \(encoding)): \(new) new people, \(updates) updates, \(errors) rows with errors.")
    }
    static let fixErrors = LocalizedText(
        de: "Die Datei enthält Fehler. Korrigieren Sie die markierten Zeilen und laden Sie die Datei erneut hoch; bis dahin wird nichts gespeichert.",
        en: "The file has errors. Correct the marked rows and upload the file again; nothing is saved until then.")
    static let readyToImport = LocalizedText(de: "Keine Fehler gefunden. Mit „Importieren“ wird alles gespeichert.", en: "No errors found. “Import” saves everything.")
    static let runImport = LocalizedText(de: "Importieren", en: "Import")
    static let uploadAnother = LocalizedText(de: "Andere Datei hochladen", en: "Upload another file")
    static let newUnits = LocalizedText(de: "Neue Einheiten", en: "New units")
    static let noNewUnits = LocalizedText(de: "Alle Einheiten gibt es schon.", en: "All units exist already.")
    static let row = LocalizedText(de: "Zeile", en: "Row")
    static let status = LocalizedText(de: "Status", en: "Status")
    static let name = LocalizedText(de: "Name", en: "Name")
    static let email = LocalizedText(de: "E-Mail", en: "Email")
    static let position = LocalizedText(de: "Stelle", en: "Position")
    static let unit = LocalizedText(de: "Einheit", en: "Unit")
    static let manager = LocalizedText(de: "Vorgesetzte/r", en: "Manager")
    static let problems = LocalizedText(de: "Fehler", en: "Errors")
    static let statusNew = LocalizedText(de: "neue Person", en: "new person")
    static let statusUpdate = LocalizedText(de: "Aktualisierung", en: "update")
    static let statusError = LocalizedText(de: "Fehler", en: "error")
    static func imported(new: Int, updated: Int, units: Int) -> LocalizedText {
        LocalizedText(de: "Import abgeschlossen: \(new) neue Personen, \(updated) aktualisiert, \(units) neue Einheiten. Neue Personen haben noch kein Passwort.",
                      en: "Import finished: \(new) new people, \(updated) updated, \(units) new units. New people have no password yet.")
    }
    static let previewExpired = LocalizedText(
        de: "Diese Vorschau ist nicht mehr gültig. Bitte laden Sie die Datei erneut hoch.",
        en: "This preview is no longer valid. Please upload the file again.")
    static let fileRequired = LocalizedText(de: "Bitte eine CSV-Datei auswählen.", en: "Please choose a CSV file.")
    static let changedSincePreview = LocalizedText(
        de: "Seit der Vorschau hat sich etwas geändert, die Datei enthält jetzt Fehler. Nichts wurde gespeichert.",
        en: "Something changed since the preview and the file now has errors. Nothing was saved.")

    // The file as a whole
    static let unreadable = LocalizedText(
        de: "Die Datei lässt sich nicht als CSV lesen. Speichern Sie sie als „CSV (Trennzeichen-getrennt)“ oder „Unicode-Text“.",
        en: "The file cannot be read as CSV. Save it as “CSV (delimited)” or “Unicode text”.")
    static let empty = LocalizedText(de: "Die Datei enthält keine Personen.", en: "The file contains no people.")
    static func tooManyRows(_ maximum: Int) -> LocalizedText {
        LocalizedText(de: "Die Datei hat mehr als \(maximum) Zeilen.", en: "The file has more than \(maximum) rows.")
    }
    static func missingColumns(_ columns: [LocalizedText]) -> LocalizedText {
        LocalizedText(de: "Es fehlen Spalten: \(columns.map(\.de).joined(separator: ", ")). Die erste Zeile muss die Spaltennamen enthalten.",
                      en: "Columns are missing: \(columns.map(\.en).joined(separator: ", ")). The first row must hold the column names.")
    }
    static let columnName = LocalizedText(de: "Name", en: "Name")
    static let columnEmail = LocalizedText(de: "E-Mail", en: "Email")
    static let columnUnit = LocalizedText(de: "Einheit", en: "Unit")
    static let columnManager = LocalizedText(de: "Vorgesetzte/r E-Mail", en: "Manager email")

    // Rows
    static let nameMissing = LocalizedText(de: "Name fehlt.", en: "Name is missing.")
    static func nameTooLong(_ maximum: Int) -> LocalizedText {
        LocalizedText(de: "Name ist länger als \(maximum) Zeichen.", en: "Name is longer than \(maximum) characters.")
    }
    static func positionTooLong(_ maximum: Int) -> LocalizedText {
        LocalizedText(de: "Stelle ist länger als \(maximum) Zeichen.", en: "Position is longer than \(maximum) characters.")
    }
    static let emailMissing = LocalizedText(de: "E-Mail fehlt.", en: "Email is missing.")
    static func emailInvalid(_ email: String) -> LocalizedText {
        LocalizedText(de: "„\(email)“ ist keine gültige E-Mail-Adresse.", en: "“\(email)” is not a valid email address.")
    }
    static func duplicateEmail(_ email: String, firstRow: Int) -> LocalizedText {
        LocalizedText(de: "„\(email)“ steht schon in Zeile \(firstRow).", en: "“\(email)” is already in row \(firstRow).")
    }
    static func unknownManager(_ email: String) -> LocalizedText {
        LocalizedText(de: "Vorgesetzte/r „\(email)“ ist weder in der Datei noch Mitglied.",
                      en: "Manager “\(email)” is neither in the file nor a member.")
    }
    static let ownManager = LocalizedText(de: "Die Person ist als ihr eigener Vorgesetzter angegeben.", en: "The person is given as their own manager.")
    static func reportingCycle(_ names: [String]) -> LocalizedText {
        let chain = names.joined(separator: " → ")
        return LocalizedText(de: "Kreis in der Berichtslinie: \(chain).", en: "Circle in the reporting line: \(chain).")
    }
    static let emptyPathPart = LocalizedText(de: "Der Einheiten-Pfad enthält einen leeren Teil.", en: "The unit path has an empty part.")
    static func pathPartTooLong(_ maximum: Int) -> LocalizedText {
        LocalizedText(de: "Ein Teil des Einheiten-Pfads ist länger als \(maximum) Zeichen.", en: "A part of the unit path is longer than \(maximum) characters.")
    }
    static func pathConflict(unit: String, kind: OrgUnitKind, child: String, childKind: OrgUnitKind) -> LocalizedText {
        LocalizedText(de: "Der Pfad passt nicht zu den vorhandenen Einheiten: „\(unit)“ ist \(kind.label.de) und kann keine \(childKind.label.de) „\(child)“ enthalten.",
                      en: "The path conflicts with existing units: “\(unit)” is a \(kind.label.en.lowercased()) and cannot contain a \(childKind.label.en.lowercased()) “\(child)”.")
    }
}
