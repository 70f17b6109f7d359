import Foundation
import Plot
import TreffpunktCore

/// A member's profile at `/@username`.
enum ProfilePage {
    struct Model {
        var username: String
        var displayName: String
        var bio: String
        var position: String
        var department: String
        var isAdmin: Bool
        var memberSince: Date?
        var isOwnProfile: Bool
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let role = [model.position, model.department].filter { !$0.isEmpty }.joined(separator: " · ")
        return Layout.page(model.displayName, context: context, content: .article(
            .class("profile card"),
            .header(
                .class("profile-header"),
                .div(.class("avatar"), .ariaHidden(true), .text(Initials.of(model.displayName))),
                .div(
                    .h1(.text(model.displayName)),
                    .p(.class("handle"), .text("@\(model.username)")),
                    .if(!role.isEmpty, .p(.class("role"), .text(role))),
                    .if(model.isAdmin, .p(.class("badge"), .text(context.t(AccountsText.administrator))))
                )
            ),
            .section(
                .h2(.text(context.t(AccountsText.bio))),
                model.bio.isEmpty
                    ? .p(.class("muted"), .text(context.t(AccountsText.noBio)))
                    : .div(.class("bio"), .forEach(model.bio.split(separator: "\n", omittingEmptySubsequences: false)) { .p(.text(String($0))) })
            ),
            .unwrap(model.memberSince) { date in
                .p(.class("muted"), .text("\(context.t(AccountsText.memberSince)) \(DateText.day(date, in: context.language))"))
            },
            .if(model.isOwnProfile, .p(.a(.class("button"), .href(SiteURL.settingsProfile.path), .text(context.t(AccountsText.editProfile)))))
        ))
    }
}
