extension HTMLSanitizer {
    /// One start or end tag as written, with its attributes; anything that does not parse as a tag
    /// is text.
    struct Tag {
        var name: String
        var isClosing: Bool
        var selfCloses: Bool
        var attributes: [(String, String)]
        var source: String
        var end: String.Index

        static func parse(_ html: String, at start: String.Index) -> Tag? {
            var index = html.index(after: start)
            var isClosing = false
            if index < html.endIndex, html[index] == "/" {
                isClosing = true
                index = html.index(after: index)
            }
            let nameStart = index
            while index < html.endIndex, html[index].isASCII, html[index].isLetter || html[index].isNumber {
                index = html.index(after: index)
            }
            guard index > nameStart, html[nameStart].isLetter else { return nil }
            let name = html[nameStart..<index].lowercased()
            var attributes: [(String, String)] = []
            var selfCloses = false
            while index < html.endIndex {
                let character = html[index]
                if character == ">" {
                    let end = html.index(after: index)
                    return Tag(name: name, isClosing: isClosing, selfCloses: selfCloses, attributes: attributes,
                               source: String(html[start..<end]), end: end)
                }
                if character == "<" { return nil }
                if character == "/" || character.isWhitespace {
                    selfCloses = character == "/"
                    index = html.index(after: index)
                    continue
                }
                // An attribute: name, optionally = and a quoted or bare value.
                let attributeStart = index
                while index < html.endIndex, !"=>/ \t\n\r\u{0C}".contains(html[index]) { index = html.index(after: index) }
                let attributeName = html[attributeStart..<index].lowercased()
                var value = ""
                while index < html.endIndex, html[index].isWhitespace { index = html.index(after: index) }
                if index < html.endIndex, html[index] == "=" {
                    index = html.index(after: index)
                    while index < html.endIndex, html[index].isWhitespace { index = html.index(after: index) }
                    if index < html.endIndex, html[index] == "\"" || html[index] == "'" {
                        let quote = html[index]
                        let valueStart = html.index(after: index)
                        guard let close = html[valueStart...].firstIndex(of: quote) else { return nil }
                        value = String(html[valueStart..<close])
                        index = html.index(after: close)
                    } else {
                        let valueStart = index
                        while index < html.endIndex, !">\t\n\r\u{0C} ".contains(html[index]) { index = html.index(after: index) }
                        value = String(html[valueStart..<index])
                    }
                }
                selfCloses = false
                if !attributeName.isEmpty { attributes.append((attributeName, value)) }
            }
            return nil
        }
    }
}
