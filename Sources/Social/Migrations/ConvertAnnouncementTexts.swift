import Fluent
import Foundation
import SQLKit
import TreffpunktCore

/// Announcement posts written before `PostAnnouncement` carry finished words in their author's
/// language and an absolute link ("Neue Wikiseite: „WLAN“ http://localhost:8080/wiki/pages/1"). Those
/// in that exact form become announcements of their target: the title as text, the link's path kept.
/// A post whose text was changed since, or whose link is no wiki page or forum topic, stays as it is.
struct ConvertAnnouncementTexts: AsyncMigration {
    /// The old forms: the words before the quoted title, and what closes the title before the link.
    private static let oldForms: [(kind: PostAnnouncement.Kind, opening: String, closing: String)] = [
        (.wikiPage, "Neue Wikiseite: „", "“ "), (.wikiPage, "New wiki page: “", "” "),
        (.forumTopic, "Neues Thema im Forum: „", "“ "), (.forumTopic, "New forum topic: “", "” "),
    ]
    nonisolated(unsafe) private static let wikiPath = /(\/s\/[^\/]+)?\/wiki\/pages\/\d+/
    nonisolated(unsafe) private static let topicPath = /(\/s\/[^\/]+\/forum|\/forums)\/topics\/\d+/

    func prepare(on database: any Database) async throws {
        let candidates = SQLList(Self.oldForms.map { SQLQueryString("text LIKE \(bind: $0.opening + "%")") }, separator: SQLRaw(" OR "))
        var after = Int64.min
        while true {
            let rows = try await database.sql.raw("""
                SELECT id, text FROM posts WHERE id > \(bind: after) AND announcement_kind IS NULL AND (\(candidates))
                ORDER BY id LIMIT 500
                """).all()
            guard !rows.isEmpty else { return }
            var converted: [(id: Int64, title: String, announcement: PostAnnouncement)] = []
            for row in rows {
                let id = try row.decode(column: "id", as: Int64.self)
                after = id
                if let (title, announcement) = Self.parse(try row.decode(column: "text", as: String.self)) {
                    converted.append((id, title, announcement))
                }
            }
            let batch = converted
            try await database.writeTransaction { db in
                for post in batch {
                    try await db.sql.raw("""
                        UPDATE posts SET text = \(bind: post.title), html = \(bind: PostText(post.title).html(publicURL: "")),
                          announcement_kind = \(bind: post.announcement.kind.rawValue), announcement_path = \(bind: post.announcement.path)
                        WHERE id = \(bind: post.id)
                        """).run()
                }
            }
        }
    }

    /// The title and the announcement an old text stands for, when it is in one of the old forms.
    static func parse(_ text: String) -> (title: String, announcement: PostAnnouncement)? {
        for form in oldForms where text.hasPrefix(form.opening) {
            let rest = text.dropFirst(form.opening.count)
            guard let close = rest.range(of: form.closing, options: .backwards),
                  let url = URL(string: String(rest[close.upperBound...])), url.scheme?.hasPrefix("http") == true else { continue }
            let title = String(rest[..<close.lowerBound])
            let isTarget = form.kind == .wikiPage ? url.path.wholeMatch(of: wikiPath) != nil : url.path.wholeMatch(of: topicPath) != nil
            guard !title.isEmpty, !title.contains("\n"), isTarget else { continue }
            return (title, PostAnnouncement(kind: form.kind, path: url.path))
        }
        return nil
    }

    /// The old words are not written back: the new form says the same in the reader's language.
    func revert(on database: any Database) async throws {}
}
