import Plot
import TreffpunktCore

/// The administrators' button that invites everyone the HR import created and who has no password yet;
/// on the invitations page and on the organisation's administration, to which the import leads.
package enum PasswordInvitationButton {
    /// `returnTo` is the page that shows the result afterwards.
    package static func render(returnTo: String, context: PageContext) -> Node<HTML.BodyContext> {
        .form(
            .class("card"), .method(.post), .safeAction(PasswordInvitationURL.path), .id("password-invitations"),
            Layout.csrfField(context.csrfToken),
            .input(.type(.hidden), .name("return_to"), .safeValue(returnTo)),
            .p(.text(context.t(AccountsText.inviteEveryoneWithoutPasswordHint))),
            .button(.type(.submit), .text(context.t(AccountsText.inviteEveryoneWithoutPassword)))
        )
    }
}
