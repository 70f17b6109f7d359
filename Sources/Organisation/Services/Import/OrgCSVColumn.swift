/// The columns the import reads, recognised by German or English header names in any letter case,
/// with or without spaces, hyphens or slashes ("E-Mail", "email", "Vorgesetzte/r E-Mail").
enum OrgCSVColumn: CaseIterable, Sendable {
    case name, firstName, lastName, email, position, unit, managerEmail

    /// The header reduced to lower-case letters, as the aliases are written.
    static func key(_ header: String) -> String {
        String(header.lowercased().filter { $0.isLetter })
    }

    var aliases: Set<String> {
        switch self {
        case .name: ["name", "vollername", "anzeigename", "fullname", "displayname", "mitarbeiter", "mitarbeiterin", "employee", "person"]
        case .firstName: ["vorname", "firstname", "givenname"]
        case .lastName: ["nachname", "familienname", "lastname", "surname", "familyname"]
        case .email: ["email", "emailadresse", "mail", "emailaddress", "mailadresse"]
        case .position: ["position", "stelle", "funktion", "stellenbezeichnung", "berufsbezeichnung", "jobtitle", "title", "titel", "job", "rolle"]
        case .unit: ["einheit", "abteilung", "unit", "department", "organisationseinheit", "orgeinheit", "bereich", "team", "pfad", "unitpath", "orgunit"]
        case .managerEmail: ["vorgesetzter", "vorgesetzte", "vorgesetzteremail", "vorgesetzteemail", 
                             "vorgesetzterinemail", "fuehrungskraft", "führungskraft", "führungskraftemail", "fuehrungskraftemail",
                             "manager", "manageremail", "managermail", "reportsto", "supervisor", "supervisoremail"]
        }
    }

    static func column(forHeader header: String) -> OrgCSVColumn? {
        let key = key(header)
        return allCases.first { $0.aliases.contains(key) }
    }
}
