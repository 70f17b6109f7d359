import Accounts
import Plot
import TreffpunktCore

/// `/c/slug/statistics`: followers, posts, reviews with their distribution, and who of the team posts.
enum PageStatisticsPage {
    struct Model {
        var page: LoadedPage
        var followers: Int
        var posts: Int
        var summary: ReviewSummary
        var postsByMember: [(member: MemberSummary, posts: Int)]
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let title = context.t(PagesText.statisticsTitle)
        let average = model.summary.averageText(decimalComma: context.language == .de) ?? "–"
        return Layout.page(title, context: context, content: .div(
            .h1(.text("\(title): \(model.page.account.displayName)")),
            .p(.a(.safeHref(SiteURL.companyPage(slug: model.page.slug).path), .text(context.t(PagesText.backToPage)))),
            .table(
                .class("data-table"), .id("page-figures"),
                .tbody(
                    row(PagesText.followersCount, String(model.followers), context: context),
                    row(PagesText.postsCount, String(model.posts), context: context),
                    row(PagesText.reviewsCount, String(model.summary.count), context: context),
                    row(PagesText.averageStars, average, context: context)
                )
            ),
            .h2(.text(context.t(PagesText.distribution))),
            .table(
                .class("data-table"), .id("page-distribution"),
                .tbody(.forEach((1...5).reversed()) { stars in
                    .tr(.th(PageViewParts.stars(stars, context: context)), .td(.text(String(model.summary.distribution[stars - 1]))))
                })
            ),
            .h2(.text(context.t(PagesText.postsByTeam))),
            .table(
                .class("data-table"),
                .tbody(.forEach(model.postsByMember) { entry in
                    .tr(.th(.text(entry.member.displayName)), .td(.text(String(entry.posts))))
                })
            )
        ))
    }

    private static func row(_ label: LocalizedText, _ value: String, context: PageContext) -> Node<HTML.TableContext> {
        .tr(.th(.text(context.t(label))), .td(.text(value)))
    }
}
