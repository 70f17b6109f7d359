import Plot
import TreffpunktCore

/// The buttons that change how the reader stands to a member; each is a small form.
enum RelationshipButtons {
    static func render(username: String, relationship: Relationship, acceptsFollowers: Bool, context: PageContext) -> Node<HTML.BodyContext> {
        if relationship.isSelf {
            return .p(.a(.class("button"), .safeHref(SiteURL.settingsProfile.path), .text(context.t(SocialText.editProfile))))
        }
        var buttons: [(String, LocalizedText, String)] = []
        if relationship.blocking {
            buttons.append(("unblock", SocialText.unblock, ""))
        } else if !relationship.blockedBy {
            if relationship.isFriend {
                buttons.append(("unfriend", SocialText.unfriend, ""))
            } else if relationship.requestReceived {
                buttons.append(("accept", SocialText.accept, "primary"))
                buttons.append(("decline", SocialText.decline, ""))
            } else if relationship.requestSent {
                buttons.append(("cancel", SocialText.cancelRequest, ""))
            } else {
                buttons.append(("befriend", SocialText.addFriend, "primary"))
            }
            if acceptsFollowers && !relationship.isFriend {
                buttons.append(relationship.following ? ("unfollow", SocialText.unfollow, "") : ("follow", SocialText.follow, ""))
            }
            buttons.append(relationship.muting ? ("unmute", SocialText.unmute, "") : ("mute", SocialText.mute, ""))
            buttons.append(("block", SocialText.block, "danger"))
        }
        return .div(
            .class("relationship"),
            .if(relationship.isFriend, .p(.class("badge"), .text(context.t(SocialText.isFriend)))),
            .if(relationship.requestSent, .p(.class("badge"), .text(context.t(SocialText.requestPending)))),
            .if(relationship.requestReceived, .p(.text(context.t(SocialText.wantsToBeFriends)))),
            .forEach(buttons) { action, label, style in
                .form(
                    .class("inline-form"), .method(.post), .safeAction(SiteURL.relationship(username: username).path),
                    Layout.csrfField(context.csrfToken),
                    .input(.type(.hidden), .name("return_to"), .safeValue(context.currentPath)),
                    .button(.type(.submit), .name("action"), .safeValue(action), .safeClass(style), .text(context.t(label)))
                )
            }
        )
    }
}
