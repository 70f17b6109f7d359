import Foundation

/// A page of the tree: enough to list, link and nest it, without its text.
struct WikiPageNode: Sendable, Equatable {
    let id: Int64
    let title: String
    let titleKey: String
    let parentID: Int64?
}

/// All pages of one wiki, loaded in one query: the page tree, breadcrumbs, the parent choice and the
/// resolution of `[[links]]` by folded title all come from it.
struct WikiTree: Sendable {
    let nodes: [WikiPageNode]
    private let byID: [Int64: WikiPageNode]
    private let byKey: [String: WikiPageNode]

    init(nodes: [WikiPageNode]) {
        self.nodes = nodes.sorted { $0.title.localizedStandardCompare($1.title) == .orderedAscending }
        byID = Dictionary(nodes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        byKey = Dictionary(nodes.map { ($0.titleKey, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func node(id: Int64) -> WikiPageNode? { byID[id] }

    func node(titled title: String) -> WikiPageNode? { byKey[WikiTitle.key(title)] }

    /// The pages under `parentID`, by title; `nil` gives the top level.
    func children(of parentID: Int64?) -> [WikiPageNode] {
        nodes.filter { node in
            guard let parent = node.parentID, byID[parent] != nil else { return parentID == nil }
            return parent == parentID
        }
    }

    /// The page's parents from the top down, for breadcrumbs.
    func ancestors(of id: Int64) -> [WikiPageNode] {
        var result: [WikiPageNode] = []
        var current = byID[id]?.parentID
        while let parentID = current, let parent = byID[parentID], !result.contains(parent), parent.id != id {
            result.insert(parent, at: 0)
            current = parent.parentID
        }
        return result
    }

    /// Whether making `parentID` the parent of `pageID` would make the page its own ancestor.
    func wouldLoop(page pageID: Int64, under parentID: Int64) -> Bool {
        var seen: Set<Int64> = []
        var current: Int64? = parentID
        while let id = current, seen.insert(id).inserted {
            if id == pageID { return true }
            current = byID[id]?.parentID
        }
        return false
    }
}
