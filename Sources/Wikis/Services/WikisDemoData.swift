import Accounts
import Fluent
import Spaces
import TreffpunktCore

/// The demo company's wikis: travel expenses and IT help in the company wiki (with subpages, a red
/// link and a few revisions), and a page in the Qualitätszirkel space's wiki.
enum WikisDemoData {
    struct DemoPage {
        let author: String
        let title: String
        var parent: String?
        let body: String
        /// Later saves: who, the new text, the change note.
        var edits: [(author: String, body: String, note: String)] = []
    }

    static let companyPages: [DemoPage] = [
        DemoPage(author: "monika.richter", title: "Reisekosten", body: """
            # Reisekosten abrechnen

            Dienstreisen werden innerhalb von **vier Wochen** nach Reiseende abgerechnet.

            - Belege im Original an die Buchhaltung
            - Kilometerpauschale: 0,30 € je km
            - Formular: [[Reisekostenformular]]

            Fragen zum Laptop unterwegs? Siehe [[IT-Hilfe]].
            """,
                 edits: [("susanne.werner", """
            # Reisekosten abrechnen

            Dienstreisen werden innerhalb von **vier Wochen** nach Reiseende abgerechnet.

            - Belege im Original oder als Scan an die Buchhaltung
            - Kilometerpauschale: 0,30 € je km
            - Verpflegungsmehraufwand nach den steuerlichen Pauschalen
            - Formular: [[Reisekostenformular]]

            Fragen zum Laptop unterwegs? Siehe [[IT-Hilfe]] und [[WLAN|WLAN im Hotel]].
            """, "Scans erlaubt, Verpflegung ergänzt")]),
        DemoPage(author: "stefan.hoffmann", title: "IT-Hilfe", body: """
            # IT-Hilfe

            Die IT erreichen Sie unter Durchwahl **-200** oder per Ticket.

            Häufige Themen:

            - [[WLAN]]
            - [[Drucker]]
            """),
        DemoPage(author: "daniel.hartmann", title: "WLAN", parent: "IT-Hilfe", body: """
            Das Gäste-WLAN heißt *Musterfirma-Gast*; das Passwort hängt am Empfang aus.

            Für Mitarbeitende: *Musterfirma* mit der Windows-Anmeldung.
            """,
                 edits: [("sebastian.koehler", """
            Das Gäste-WLAN heißt *Musterfirma-Gast*; das Passwort hängt am Empfang aus und wechselt jeden Montag.

            Für Mitarbeitende: *Musterfirma* mit der Windows-Anmeldung.
            """, "Passwortwechsel ergänzt")]),
        DemoPage(author: "daniel.hartmann", title: "Drucker", parent: "IT-Hilfe", body: """
            Drucken Sie über *Follow-me*: Auftrag senden, am nächsten Gerät mit dem Ausweis abholen.

            Papierstau? Ticket an die [[IT-Hilfe]].
            """),
    ]

    static let qualityPage = DemoPage(author: "claudia.wolf", title: "8D-Bericht", body: """
        # 8D-Bericht – so gehen wir vor

        1. Team bilden
        2. Problem beschreiben
        3. Sofortmaßnahmen
        4. Ursachen finden (5-Why, Ishikawa)
        5. Abstellmaßnahmen festlegen und prüfen

        Vorlage und Beispiele: [[Prüfmittel]]
        """)

    static func seed(on database: any Database, publicURL: String) async throws {
        guard try await WikiPage.query(on: database).count() == 0 else { return }
        let authors = Set((companyPages + [qualityPage]).flatMap { [$0.author] + $0.edits.map(\.author) })
        let people = try await MemberLookup(database: database).members(usernames: authors)
        let service = WikiService(database: database, publicURL: publicURL)
        for demo in companyPages {
            try await create(demo, in: .company, people: people, service: service, database: database)
        }
        guard let claudia = people[qualityPage.author],
              let space = try? await SpaceLookup(database: database).space(slug: "qualitaetszirkel", for: claudia.id), space.isMember
        else { return }
        try await create(qualityPage, in: .space(space), people: people, service: service, database: database)
    }

    private static func create(_ demo: DemoPage, in scope: WikiScope, people: [String: MemberSummary],
                               service: WikiService, database: any Database) async throws {
        guard let author = people[demo.author] else { return }
        let tree = try await WikiReader(database: database).tree(of: scope)
        let parent = demo.parent.flatMap { tree.node(titled: $0) }.map { String($0.id) } ?? ""
        guard case .success(var page) = try await service.create(
            WikiDraft(title: demo.title, body: demo.body, parent: parent, note: ""), in: scope, by: author.id)
        else { return }
        for edit in demo.edits {
            guard let editor = people[edit.author] else { continue }
            let draft = WikiDraft(title: demo.title, body: edit.body, parent: parent, note: edit.note)
            _ = try await service.save(draft, to: page, basedOn: page.currentRevisionID, in: scope, by: editor.id)
            page = try await WikiReader(database: database).page(page.id, in: scope)
        }
    }
}
