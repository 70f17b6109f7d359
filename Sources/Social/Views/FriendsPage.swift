import Accounts
import Plot
import TreffpunktCore

/// Friend requests to answer, requests waiting for others, and one's friends.
enum FriendsPage {
    struct Model {
        var incoming: [MemberSummary]
        var outgoing: [MemberSummary]
        var friends: [MemberSummary]
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        Layout.page(context.t(SocialText.friends), context: context, content: .div(
            .h1(.text(context.t(SocialText.friends))),
            .section(
                .h2(.text(context.t(SocialText.incomingRequests))),
                list(model.incoming, empty: SocialText.noRequests, context: context) { member in
                    [("accept", SocialText.accept, "primary"), ("decline", SocialText.decline, "")]
                }
            ),
            .section(
                .h2(.text(context.t(SocialText.outgoingRequests))),
                list(model.outgoing, empty: SocialText.noRequests, context: context) { _ in [("cancel", SocialText.cancelRequest, "")] }
            ),
            .section(
                .h2(.text(context.t(SocialText.friends))),
                list(model.friends, empty: SocialText.noFriends, context: context) { _ in [("unfriend", SocialText.unfriend, "")] }
            )
        ))
    }

    private static func list(_ members: [MemberSummary], empty: LocalizedText, context: PageContext,
                             actions: (MemberSummary) -> [(String, LocalizedText, String)]) -> Node<HTML.BodyContext> {
        guard !members.isEmpty else { return .p(.class("muted"), .text(context.t(empty))) }
        return .ul(.class("people-list"), .forEach(members) { member in
            .li(
                .class("person card"),
                .div(.class("avatar small"), .ariaHidden(true), .text(Initials.of(member.displayName))),
                .div(
                    .a(.safeHref(SiteURL.profile(username: member.username).path), .text(member.displayName)),
                    .p(.class("muted"), .text([member.position, member.department].filter { !$0.isEmpty }.joined(separator: " · ")))
                ),
                .div(.class("person-actions"), .forEach(actions(member)) { action, label, style in
                    .form(
                        .class("inline-form"), .method(.post), .safeAction(SiteURL.relationship(username: member.username).path),
                        Layout.csrfField(context.csrfToken),
                        .input(.type(.hidden), .name("return_to"), .safeValue(SiteURL.friends.path)),
                        .button(.type(.submit), .name("action"), .safeValue(action), .safeClass(style), .text(context.t(label)))
                    )
                })
            )
        })
    }
}
