import Foundation

/// Readable addresses made from names: "Qualitätszirkel Süd" becomes "qualitaetszirkel-sued".
package enum Slug {
    package static func make(from name: String, maximumLength: Int = 60) -> String {
        let german: [Character: String] = ["ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"]
        let spelled = name.lowercased().map { german[$0] ?? String($0) }.joined()
        let ascii = spelled.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en"))
        var slug = ""
        for scalar in ascii.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        if slug.count > maximumLength {
            slug = String(slug.prefix(maximumLength))
            while slug.hasSuffix("-") { slug.removeLast() }
        }
        return slug
    }
}
