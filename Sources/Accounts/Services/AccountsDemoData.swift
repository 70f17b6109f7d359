import Fluent
import TreffpunktCore
import Vapor

/// The people of the demo company "Musterfirma GmbH". All share one password, named in the README.
package enum AccountsDemoData {
    package static let password = "treffpunkt-demo"
    package static let emailDomain = "musterfirma.de"

    struct Person {
        let username: String
        let displayName: String
        let position: String
        let department: String
        let bio: String
    }

    package static let usernames: [String] = people.map(\.username)

    static let people: [Person] = [
        Person(username: "anna.schmidt", displayName: "Anna Schmidt", position: "Geschäftsführerin", department: "Geschäftsführung",
               bio: "Ich leite die Musterfirma seit 2015. Meine Tür steht offen – hier im Treffpunkt genauso."),
        Person(username: "thomas.mueller", displayName: "Thomas Müller", position: "Leiter Vertrieb", department: "Vertrieb",
               bio: "Zuständig für unsere Kunden in Süddeutschland und Österreich."),
        Person(username: "julia.weber", displayName: "Julia Weber", position: "Marketingleiterin", department: "Marketing",
               bio: "Social Media, Messen und alles, was unsere Marke sichtbar macht."),
        Person(username: "michael.wagner", displayName: "Michael Wagner", position: "Produktionsleiter", department: "Produktion",
               bio: "Drei Schichten, zwei Standorte, ein Ziel: Qualität."),
        Person(username: "sabine.becker", displayName: "Sabine Becker", position: "Personalreferentin", department: "Personal",
               bio: "Ansprechpartnerin für Bewerbungen, Ausbildung und Weiterbildung."),
        Person(username: "stefan.hoffmann", displayName: "Stefan Hoffmann", position: "IT-Leiter", department: "IT",
               bio: "Wenn der Drucker streikt: Ticket schreiben, nicht anrufen. 😉"),
        Person(username: "katrin.schulz", displayName: "Katrin Schulz", position: "Teamleiterin Kundenservice", department: "Kundenservice",
               bio: "Wir beantworten Kundenanfragen innerhalb eines Werktags."),
        Person(username: "andreas.koch", displayName: "Andreas Koch", position: "Entwicklungsingenieur", department: "Entwicklung",
               bio: "Konstruktion und Prototypenbau, Schwerpunkt Sensorik."),
        Person(username: "monika.richter", displayName: "Monika Richter", position: "Leiterin Buchhaltung", department: "Buchhaltung",
               bio: "Reisekostenabrechnungen bitte bis zum 5. des Folgemonats."),
        Person(username: "markus.klein", displayName: "Markus Klein", position: "Einkäufer", department: "Einkauf",
               bio: "Lieferanten, Rahmenverträge und Preisverhandlungen."),
        Person(username: "claudia.wolf", displayName: "Claudia Wolf", position: "Qualitätsmanagerin", department: "Qualitätssicherung",
               bio: "ISO 9001 und kontinuierliche Verbesserung."),
        Person(username: "juergen.neumann", displayName: "Jürgen Neumann", position: "Lagerleiter", department: "Logistik",
               bio: "Versand und Wareneingang am Standort Augsburg."),
        Person(username: "petra.schwarz", displayName: "Petra Schwarz", position: "Assistentin der Geschäftsführung", department: "Geschäftsführung",
               bio: "Termine, Reisen und die Organisation unserer Betriebsfeiern."),
        Person(username: "frank.zimmermann", displayName: "Frank Zimmermann", position: "Außendienstmitarbeiter", department: "Vertrieb",
               bio: "Unterwegs zwischen Stuttgart und München."),
        Person(username: "birgit.braun", displayName: "Birgit Braun", position: "Content-Managerin", department: "Marketing",
               bio: "Ich schreibe unsere Blogbeiträge und pflege die Unternehmensseite."),
        Person(username: "uwe.krueger", displayName: "Uwe Krüger", position: "Schichtleiter", department: "Produktion",
               bio: "Frühschicht, Halle 2."),
        Person(username: "sandra.hofmann", displayName: "Sandra Hofmann", position: "Recruiterin", department: "Personal",
               bio: "Wir suchen Verstärkung – sprechen Sie mich an!"),
        Person(username: "daniel.hartmann", displayName: "Daniel Hartmann", position: "Systemadministrator", department: "IT",
               bio: "Netzwerk, Server und Datensicherung."),
        Person(username: "nicole.lange", displayName: "Nicole Lange", position: "Kundenberaterin", department: "Kundenservice",
               bio: "Telefon, E-Mail und Chat – ich helfe gern weiter."),
        Person(username: "christian.schmitt", displayName: "Christian Schmitt", position: "Leiter Entwicklung", department: "Entwicklung",
               bio: "Neue Produkte von der Idee bis zur Serie."),
        Person(username: "susanne.werner", displayName: "Susanne Werner", position: "Finanzbuchhalterin", department: "Buchhaltung",
               bio: "Kreditoren und Debitoren."),
        Person(username: "tobias.krause", displayName: "Tobias Krause", position: "Auszubildender Industriekaufmann", department: "Einkauf",
               bio: "Zweites Lehrjahr, gerade im Einkauf."),
        Person(username: "melanie.meier", displayName: "Melanie Meier", position: "Prüferin", department: "Qualitätssicherung",
               bio: "Wareneingangsprüfung und Messtechnik."),
        Person(username: "matthias.lehmann", displayName: "Matthias Lehmann", position: "Disponent", department: "Logistik",
               bio: "Touren, Speditionen und Zoll."),
        Person(username: "lena.schmid", displayName: "Lena Schmid", position: "Werkstudentin", department: "Marketing",
               bio: "Studiere Medienmanagement und unterstütze das Social-Media-Team."),
        Person(username: "alexander.schulze", displayName: "Alexander Schulze", position: "Key-Account-Manager", department: "Vertrieb",
               bio: "Betreue unsere Großkunden in der Automobilindustrie."),
        Person(username: "martina.maier", displayName: "Martina Maier", position: "Betriebsrätin", department: "Produktion",
               bio: "Ansprechpartnerin des Betriebsrats für die Produktion."),
        Person(username: "sebastian.koehler", displayName: "Sebastian Köhler", position: "Softwareentwickler", department: "IT",
               bio: "Unsere internen Anwendungen und Schnittstellen."),
        Person(username: "jana.herrmann", displayName: "Jana Herrmann", position: "Technische Redakteurin", department: "Entwicklung",
               bio: "Betriebsanleitungen in Deutsch und Englisch."),
        Person(username: "oliver.koenig", displayName: "Oliver König", position: "Servicetechniker", department: "Kundenservice",
               bio: "Inbetriebnahme und Wartung beim Kunden."),
    ]

    /// Creates the demo people that do not exist yet; running it again changes nothing.
    /// Returns how many were created.
    @discardableResult
    package static func seed(on app: Application, now: Date = Date()) async throws -> Int {
        let existing = Set(try await User.query(on: app.db)
            .filter(\.$usernameKey ~~ people.map(\.username))
            .all().map(\.usernameKey))
        let missing = people.filter { !existing.contains($0.username) }
        guard !missing.isEmpty else { return 0 }
        // One hash for everyone: bcrypt is slow on purpose, and all demo people share the password.
        let hash = try await PasswordHashing(application: app).hash(password)
        try await app.db.transaction { database in
            for person in missing {
                let user = User(username: person.username, displayName: person.displayName,
                                email: "\(person.username)@\(emailDomain)", passwordHash: hash,
                                role: person.username == people[0].username ? .admin : .member, emailConfirmedAt: now,
                                affiliation: .employee)
                user.position = person.position
                user.department = person.department
                user.bio = person.bio
                try await user.create(on: database)
            }
        }
        return missing.count
    }
}
