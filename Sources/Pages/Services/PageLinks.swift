import Foundation

/// Reads the lines of a links block ("Label | https://…"); only web addresses are links.
enum PageLinks {
    static let labelMaximum = 100
    static let urlMaximum = 500

    static func isWebAddress(_ text: String) -> Bool {
        guard text.count <= urlMaximum, !text.contains(where: \.isWhitespace),
              let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty else { return false }
        return true
    }

    /// The links, or the number (from 1) of the first line that is not one.
    static func parse(_ text: String) -> Result<[PageLink], LineError> {
        var links: [PageLink] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            let parts = trimmed.split(separator: "|", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty, parts[0].count <= labelMaximum, isWebAddress(parts[1]) else {
                return .failure(LineError(line: index + 1))
            }
            links.append(PageLink(label: parts[0], url: parts[1]))
        }
        return .success(links)
    }

    static func lines(_ links: [PageLink]) -> String {
        links.map { "\($0.label) | \($0.url)" }.joined(separator: "\n")
    }

    struct LineError: Error {
        let line: Int
    }
}
