import Media
import Plot
import TreffpunktCore

/// A member's profile picture, or their initials when they have none. Decorative: the name is always beside it.
package enum MemberAvatar {
    package static func render<Context: HTML.BodyContext>(_ member: MemberSummary, small: Bool = false) -> Node<Context> {
        let classes = small ? "avatar small" : "avatar"
        guard let mediumID = member.avatarMediaID else {
            return .div(.safeClass(classes), .ariaHidden(true), .text(Initials.of(member.displayName)))
        }
        return .img(.safeClass(classes + " picture"), .safeSrc(MediaLinks.path(mediumID, .small)), .alt(""), .attribute(named: "loading", value: "lazy"))
    }
}
