import Foundation
import RoutingKit

/// The addresses inside a wiki, relative to its base (/wiki or /s/<slug>/wiki, see `WikiScope`).
enum WikiURL: Sendable, Equatable {
    /// The page tree; a form posted here creates a page.
    case home
    case newPage(title: String?, parent: Int64?)
    /// The page; its edit form is posted here.
    case page(Int64)
    case edit(Int64)
    case diff(Int64, from: Int64?, to: Int64?)
    case restore(Int64, revision: Int64)

    /// Where the two kinds of wiki begin, as route components.
    static let companyBase: [PathComponent] = ["wiki"]
    static let spaceBase: [PathComponent] = ["s", ":slug", "wiki"]

    /// A space's wiki, for the link on the space's page (the same address as `spaceBase`).
    static func spaceHome(slug: String) -> String { "/s/\(slug)/wiki" }

    func path(in base: String) -> String {
        switch self {
        case .home: return base
        case .newPage(let title, let parent):
            let query = [title.map { "title=\(Self.encode($0))" }, parent.map { "parent=\($0)" }].compactMap { $0 }
            return base + "/new" + (query.isEmpty ? "" : "?" + query.joined(separator: "&"))
        case .page(let id): return "\(base)/pages/\(id)"
        case .edit(let id): return "\(base)/pages/\(id)/edit"
        case .diff(let id, let from, let to):
            let query = [from.map { "from=\($0)" }, to.map { "to=\($0)" }].compactMap { $0 }
            return "\(base)/pages/\(id)/diff" + (query.isEmpty ? "" : "?" + query.joined(separator: "&"))
        case .restore(let id, let revision): return "\(base)/pages/\(id)/revisions/\(revision)/restore"
        }
    }

    /// The path after the base, parameters where the values go.
    var route: [PathComponent] {
        switch self {
        case .home: []
        case .newPage: ["new"]
        case .page: ["pages", ":id"]
        case .edit: ["pages", ":id", "edit"]
        case .diff: ["pages", ":id", "diff"]
        case .restore: ["pages", ":id", "revisions", ":revision", "restore"]
        }
    }

    /// Query values: only unreserved characters stay as they are (also safe inside Markdown's `( )`).
    private static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? ""
    }
}
