import Fluent
import Foundation
import TreffpunktCore

/// Lists members alphabetically by display name with keyset pagination: the cursor names the last
/// member shown, so every page costs one index range scan however deep one pages.
struct MemberDirectory {
    static let pageSize = 30

    let database: any Database

    struct Page {
        var members: [User]
        var nextCursor: String?
    }

    /// People for the members directory; company pages for the list of pages.
    func page(after cursor: String?, kind: AccountKind = .person, limit: Int = pageSize) async throws -> Page {
        let query = User.query(on: database).filter(\.$kind == kind)
        if let (name, id) = cursor.flatMap(Self.decode) {
            query.group(.or) { group in
                group.filter(\.$displayName > name)
                group.group(.and) { same in
                    same.filter(\.$displayName == name).filter(\.$id > id)
                }
            }
        }
        let rows = try await query.sort(\.$displayName).sort(\.$id).limit(limit + 1).all()
        let members = Array(rows.prefix(limit))
        let next = rows.count > limit ? members.last.map { Self.encode(name: $0.displayName, id: $0.requireID()) } : nil
        return Page(members: members, nextCursor: next)
    }

    static func encode(name: String, id: Int64) -> String {
        Data("\(id):\(name)".utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    /// A cursor that does not decode is treated as no cursor: the first page.
    static func decode(_ cursor: String) -> (String, Int64)? {
        var base64 = cursor.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard let data = Data(base64Encoded: base64), let text = String(data: data, encoding: .utf8),
              let colon = text.firstIndex(of: ":"), let id = Int64(text[..<colon]) else { return nil }
        return (String(text[text.index(after: colon)...]), id)
    }
}
