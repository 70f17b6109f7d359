import Foundation
import TreffpunktCore

/// Reads a post's plain text once, when it is written: which members it mentions, which hashtags it
/// uses, and the safe HTML shown to readers, where every character the author typed is escaped and
/// only links, mentions and hashtags become elements.
package struct PostText {
    package static let maximumLength = 5_000

    enum Token: Equatable {
        case text(String)
        case link(String)
        case mention(String)
        case hashtag(String)
    }

    let tokens: [Token]

    package init(_ text: String) {
        tokens = Self.tokenize(text)
    }

    /// Lower-cased usernames of the members mentioned.
    var mentionedUsernames: [String] {
        var seen = Set<String>()
        return tokens.compactMap { token in
            guard case .mention(let name) = token, seen.insert(name.lowercased()).inserted else { return nil }
            return name.lowercased()
        }
    }

    /// Lower-cased hashtags, without `#`.
    var hashtags: [String] {
        var seen = Set<String>()
        return tokens.compactMap { token in
            guard case .hashtag(let tag) = token, seen.insert(tag.lowercased()).inserted else { return nil }
            return tag.lowercased()
        }
    }

    /// Paragraphs and line breaks kept; links open outside; mentions and hashtags in Mastodon's markup,
    /// so Mastodon clients recognise them.
    package func html(publicURL: String) -> String {
        var body = ""
        for token in tokens {
            switch token {
            case .text(let text):
                body += HTMLEscaping.escape(text)
            case .link(let url):
                let escaped = HTMLEscaping.escape(url)
                body += #"<a href="\#(escaped)" rel="nofollow noopener noreferrer" target="_blank">\#(escaped)</a>"#
            case .mention(let name):
                let escaped = HTMLEscaping.escape(name)
                body += #"<span class="h-card"><a href="\#(publicURL)/@\#(escaped)" class="u-url mention">@<span>\#(escaped)</span></a></span>"#
            case .hashtag(let tag):
                let escaped = HTMLEscaping.escape(tag)
                let path = SiteURL.tag(tag.lowercased()).path
                body += #"<a href="\#(publicURL)\#(HTMLEscaping.escape(path))" class="mention hashtag" rel="tag">#<span>\#(escaped)</span></a>"#
            }
        }
        return body.components(separatedBy: "\n\n")
            .map { $0.trimmingCharacters(in: .newlines) }
            .filter { !$0.isEmpty }
            .map { "<p>" + $0.replacingOccurrences(of: "\n", with: "<br>") + "</p>" }
            .joined()
    }

    /// Compiled once: building a regex costs more than matching a whole post with it.
    nonisolated(unsafe) private static let pattern = /(?<link>https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]'])|@(?<mention>[A-Za-z0-9_](?:[A-Za-z0-9_.\-]{0,28}[A-Za-z0-9_])?)(?:@[A-Za-z0-9.\-]+)?|#(?<tag>[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)/

    /// A mention or hashtag starts after a space or punctuation, never inside a word, a link or an
    /// e-mail address (`info@musterfirma.de`, `seite#anker`).
    private static func startsToken(after previous: Character?) -> Bool {
        guard let previous else { return true }
        return !(previous.isLetter || previous.isNumber || "_@/&#".contains(previous))
    }

    private static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var pending = ""
        var rest = text[...]
        while let match = rest.firstMatch(of: pattern) {
            pending += rest[rest.startIndex..<match.range.lowerBound]
            let previous = match.range.lowerBound > text.startIndex ? text[text.index(before: match.range.lowerBound)] : nil
            let token: Token?
            if let link = match.output.link {
                token = .link(String(link))
            } else if let mention = match.output.mention, startsToken(after: previous) {
                token = .mention(String(mention))
            } else if let tag = match.output.tag, startsToken(after: previous) {
                token = .hashtag(String(tag))
            } else {
                token = nil
            }
            if let token {
                if !pending.isEmpty { tokens.append(.text(pending)) }
                pending = ""
                tokens.append(token)
            } else {
                pending += rest[match.range]
            }
            rest = rest[match.range.upperBound...]
        }
        pending += rest
        if !pending.isEmpty { tokens.append(.text(pending)) }
        return tokens
    }
}
