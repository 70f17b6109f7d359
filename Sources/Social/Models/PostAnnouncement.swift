import TreffpunktCore

/// What a post a feature wrote for a member announces (a new wiki page, a new forum topic), stored as
/// its kind and the target's path on this site, never as finished words: the reader's language chooses
/// the words when the post is read, the web links relatively, and the API builds the absolute address
/// from today's `PUBLIC_URL`. The post's own text is the target's title, which the search finds.
package struct PostAnnouncement: Sendable, Equatable {
    package enum Kind: String, Sendable, CaseIterable {
        case wikiPage = "wiki_page"
        case forumTopic = "forum_topic"
    }

    package let kind: Kind
    /// The target's path on this site ("/wiki/pages/123"), without scheme and host.
    package let path: String

    package init(kind: Kind, path: String) {
        self.kind = kind
        self.path = path
    }

    /// "Neue Wikiseite", "New forum topic".
    var lead: LocalizedText {
        switch kind {
        case .wikiPage: SocialText.announcedWikiPage
        case .forumTopic: SocialText.announcedForumTopic
        }
    }

    /// Mastodon's `content`: the words in `language`, the title linked to the absolute address.
    func html(title: String, publicURL: String, language: AppLanguage) -> String {
        let link = HTMLEscaping.escape(publicURL + path)
        return "<p>\(HTMLEscaping.escape(lead(language))): <a href=\"\(link)\">\(HTMLEscaping.escape(title))</a></p>"
    }
}
