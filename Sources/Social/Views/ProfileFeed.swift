import Accounts
import Foundation
import Plot
import TreffpunktCore

/// A member's public posts as RSS, for feed readers. Built from what a logged-out visitor may see.
enum ProfileFeed {
    static func render(member: MemberSummary, posts: [PresentedPost], publicURL: String, language: AppLanguage) -> RSS {
        let profileURL = publicURL + SiteURL.profile(username: member.username).path
        return RSS(
            .title("\(member.displayName) (@\(member.username))"),
            .description(member.bio.isEmpty ? member.displayName : member.bio),
            .link(profileURL),
            .language(language == .de ? .german : .english),
            .forEach(posts) { item in
                let content = item.content
                let url = publicURL + SiteURL.post(id: content.id).path
                return .item(
                    .guid(.text(url), .isPermaLink(true)),
                    .title(String(content.post.text.prefix(80))),
                    .link(url),
                    .pubDate(item.post.createdAt ?? Date(), timeZone: TimeZone(identifier: "UTC") ?? .current),
                    .safeContent(content.post.html)
                )
            }
        )
    }
}
