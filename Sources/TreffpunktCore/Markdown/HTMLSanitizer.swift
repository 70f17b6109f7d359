import Foundation

/// Keeps the markup a Markdown text may produce and nothing else: an allow-list of elements and
/// attributes, link and image addresses only of harmless schemes, a task list's checkbox, every other
/// tag shown as text, script-like elements dropped with their content, and unclosed elements closed.
/// Nothing unclosed hides what follows it: an `<svg>` without its end loses only itself, a `<!--` stays text.
package enum HTMLSanitizer {
    /// Elements kept, with the attributes each may keep.
    static let allowed: [String: Set<String>] = [
        "p": [], "br": [], "hr": [], "h1": [], "h2": [], "h3": [], "h4": [], "h5": [], "h6": [],
        "strong": [], "b": [], "em": [], "i": [], "del": [], "s": [], "code": [], "pre": [], "blockquote": [],
        "ul": [], "ol": ["start"], "li": [], "table": [], "thead": [], "tbody": [], "tr": [], "th": ["align"], "td": ["align"],
        "a": ["href", "title"], "img": ["src", "alt", "title"], "sup": [], "sub": [],
    ]
    static let void: Set<String> = ["br", "hr", "img"]
    /// Dropped together with everything inside them.
    static let dropWithContent: Set<String> = ["script", "style", "iframe", "object", "embed", "template", "noscript",
                                               "textarea", "title", "xmp", "svg", "math", "frameset", "noembed", "select"]
    static let urlAttributes: Set<String> = ["href", "src"]
    /// The named character references that matter for addresses (a browser knows more; these spell schemes).
    static let namedReferences: [String: Character] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "colon": ":",
                                                        "tab": "\t", "newline": "\n", "nbsp": "\u{00A0}"]
    static let safeSchemes: Set<String> = ["http", "https", "mailto"]

    package static func sanitize(_ html: String) -> String {
        var output = ""
        var open: [String] = []
        var index = html.startIndex
        while index < html.endIndex {
            let character = html[index]
            if character == "<" {
                // Comments vanish (they could hide conditional markup); an unclosed `<!--` is text.
                if html[index...].hasPrefix("<!--"), let end = html[index...].range(of: "-->") {
                    index = end.upperBound
                    continue
                }
                if let tag = Tag.parse(html, at: index) {
                    index = tag.end
                    handle(tag, html: html, index: &index, output: &output, open: &open)
                    continue
                }
                output += "&lt;"
            } else if character == ">" {
                output += "&gt;"
            } else if character == "&" {
                output += entity(in: html, at: index) ? "&" : "&amp;"
            } else if character == "\"" {
                output += "&quot;"
            } else {
                output.append(character)
            }
            index = html.index(after: index)
        }
        for name in open.reversed() { output += "</\(name)>" }
        return output
    }

    private static func handle(_ tag: Tag, html: String, index: inout String.Index, output: inout String, open: inout [String]) {
        if dropWithContent.contains(tag.name) {
            if !tag.isClosing, !tag.selfCloses,
               let end = html.range(of: "</\(tag.name)", options: .caseInsensitive, range: index..<html.endIndex)
                   .flatMap({ html[$0.upperBound...].firstIndex(of: ">") }) {
                // Skip to the matching end tag. Without one only the tag goes: the text after it is
                // the person's own, and it is sanitised like any other.
                index = html.index(after: end)
            }
            return
        }
        if tag.name == "input" {
            output += checkbox(tag) ?? HTMLEscaping.escape(tag.source)
            return
        }
        guard let permitted = allowed[tag.name] else {
            output += HTMLEscaping.escape(tag.source)
            return
        }
        if tag.isClosing {
            guard let position = open.lastIndex(of: tag.name) else { return }
            for name in open[position...].reversed() { output += "</\(name)>" }
            open.removeSubrange(position...)
            return
        }
        var rendered = "<\(tag.name)"
        for (name, value) in tag.attributes where permitted.contains(name) {
            if urlAttributes.contains(name), !isSafeURL(value) { continue }
            rendered += " \(name)=\"\(HTMLEscaping.escape(decodeEntities(value)))\""
        }
        if tag.name == "a" { rendered += " rel=\"nofollow noopener\"" }
        output += rendered + ">"
        if !void.contains(tag.name) { open.append(tag.name) }
    }

    /// A task list item's box (`- [x] erledigt`): a checkbox that cannot be changed, ticked or not.
    /// Any other input — a text field, a button — is not Markdown's and stays text.
    private static func checkbox(_ tag: Tag) -> String? {
        guard !tag.isClosing, tag.attributes.contains(where: { $0.0 == "type" && $0.1.lowercased() == "checkbox" }) else { return nil }
        let checked = tag.attributes.contains { $0.0 == "checked" }
        return "<input type=\"checkbox\"\(checked ? " checked=\"\"" : "") disabled=\"\">"
    }

    /// Relative addresses and http(s)/mailto; anything whose scheme (after entities and hidden
    /// characters are taken out, as a browser does) is another — `javascript:`, `data:`, `vbscript:` — is not.
    static func isSafeURL(_ raw: String) -> Bool {
        let decoded = decodeEntities(raw).unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }
        let compact = String(String.UnicodeScalarView(decoded)).lowercased()
        guard let colon = compact.firstIndex(of: ":") else { return true }
        let beforeColon = compact[..<colon]
        // A colon after a path, query or fragment starts no scheme: "/wiki/a:b", "?q=a:b".
        if beforeColon.contains(where: { "/?#".contains($0) }) { return true }
        return safeSchemes.contains(String(beforeColon))
    }

    /// Character references as a browser reads them in an attribute: named ones with `;`, numeric
    /// ones also without (`&#0000106` is a "j").
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "&", let (character, next) = reference(in: text, at: index) {
                result.append(character)
                index = next
                continue
            }
            result.append(text[index])
            index = text.index(after: index)
        }
        return result
    }

    private static func reference(in text: String, at ampersand: String.Index) -> (Character, String.Index)? {
        var index = text.index(after: ampersand)
        guard index < text.endIndex else { return nil }
        if text[index] == "#" {
            index = text.index(after: index)
            var radix = 10
            if index < text.endIndex, text[index] == "x" || text[index] == "X" {
                radix = 16
                index = text.index(after: index)
            }
            let digitsStart = index
            while index < text.endIndex, text[index].isHexDigit, radix == 16 || text[index].isNumber { index = text.index(after: index) }
            guard index > digitsStart, let value = UInt32(text[digitsStart..<index], radix: radix),
                  let scalar = Unicode.Scalar(value) else { return nil }
            if index < text.endIndex, text[index] == ";" { index = text.index(after: index) }
            return (Character(scalar), index)
        }
        guard let semicolon = text[index...].prefix(10).firstIndex(of: ";"),
              let character = namedReferences[text[index..<semicolon].lowercased()] else { return nil }
        return (character, text.index(after: semicolon))
    }

    /// Whether a well-formed character reference starts at `index` (kept as it is).
    private static func entity(in text: String, at index: String.Index) -> Bool {
        let rest = text[index...].prefix(12)
        guard let semicolon = rest.firstIndex(of: ";") else { return false }
        let body = text[text.index(after: index)..<semicolon]
        return !body.isEmpty && (body.allSatisfy { $0.isLetter || $0.isNumber } || (body.hasPrefix("#") && reference(in: text, at: index) != nil))
    }
}
