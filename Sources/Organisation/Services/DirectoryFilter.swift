import Foundation

/// The directory's filters as the address carries them: `q` (name), `unit`, `site`, `position`, `skill`
/// (repeated, or several comma-separated in `skills` as the form's field sends them) and `after` (cursor).
struct DirectoryFilter: Equatable, Sendable {
    var name = ""
    var unitID: Int64?
    var siteID: Int64?
    var position = ""
    var skills: [String] = []
    var after: String?

    /// Whether a unit or site in the address was no number (such an address is answered 400).
    private(set) var hasMalformedUnit = false

    init(name: String = "", unitID: Int64? = nil, siteID: Int64? = nil, position: String = "", skills: [String] = [], after: String? = nil) {
        self.name = name
        self.unitID = unitID
        self.siteID = siteID
        self.position = position
        self.skills = skills
        self.after = after
    }

    /// Reads the filter from a query string (`a=1&b=2`); unknown names are ignored.
    init(query: String?) {
        var components = URLComponents()
        components.percentEncodedQuery = query?.replacingOccurrences(of: "+", with: "%20")
        var skillLists: [String] = []
        for item in components.queryItems ?? [] {
            let value = item.value ?? ""
            switch item.name {
            case "q": name = value.trimmingCharacters(in: .whitespaces)
            case "position": position = value.trimmingCharacters(in: .whitespaces)
            case "skill", "skills": skillLists.append(value)
            case "after": after = value.isEmpty ? nil : value
            case "unit": unitID = parseID(value)
            case "site": siteID = parseID(value)
            default: break
            }
        }
        skills = SkillNames.parse(skillLists.joined(separator: ","))
    }

    private mutating func parseID(_ value: String) -> Int64? {
        guard !value.isEmpty else { return nil }
        guard let id = Int64(value) else {
            hasMalformedUnit = true
            return nil
        }
        return id
    }

    /// Whether any filter is set (the cursor aside).
    var isFiltered: Bool {
        !name.isEmpty || unitID != nil || siteID != nil || !position.isEmpty || !skills.isEmpty
    }

    /// The same filter on the next page.
    func after(_ cursor: String?) -> DirectoryFilter {
        var next = self
        next.after = cursor
        return next
    }

    var queryItems: [(String, String?)] {
        [("q", name), ("unit", unitID.map(String.init)), ("site", siteID.map(String.init)), ("position", position)]
            + skills.map { ("skill", $0) } + [("after", after)]
    }
}
