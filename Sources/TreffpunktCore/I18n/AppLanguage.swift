import Foundation

/// The languages every page and message exists in. German comes first: it is the default.
package enum AppLanguage: String, Sendable, CaseIterable, Codable {
    case de, en

    package static let fallback = AppLanguage.de

    /// The language's own name, shown in the language switch.
    package var nativeName: String {
        switch self {
        case .de: "Deutsch"
        case .en: "English"
        }
    }

    /// Picks the best supported language from an `Accept-Language` header, honouring q-values.
    package static func preferred(byAcceptLanguage header: String?) -> AppLanguage? {
        guard let header, !header.isEmpty else { return nil }
        let ranked = header.split(separator: ",").enumerated().compactMap { index, part -> (AppLanguage, Double, Int)? in
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = pieces.first?.lowercased() else { return nil }
            let primary = tag.split(separator: "-").first.map(String.init) ?? tag
            guard let language = AppLanguage(rawValue: primary) else { return nil }
            var quality = 1.0
            for parameter in pieces.dropFirst() where parameter.hasPrefix("q=") {
                quality = Double(parameter.dropFirst(2)) ?? 0
            }
            return quality > 0 ? (language, quality, index) : nil
        }
        return ranked.sorted { ($0.1, -$0.2) > ($1.1, -$1.2) }.first?.0
    }
}
