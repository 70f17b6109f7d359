import Foundation
import Plot
import TreffpunktCore

/// Admins invite people while registration is closed; each link is shown once.
enum InvitationsPage {
    struct Invitation {
        enum State { case open, used, expired }
        var email: String?
        var expiresAt: Date
        var state: State
    }

    struct Model {
        var invitations: [Invitation]
        var newLink: String?
        /// Where the new invitation went by e-mail, if it did.
        var mailedTo: String?
        var email = ""
        /// The language of the invitation mail; the admin's own until they choose another.
        var mailLanguage: AppLanguage
        var errors = FormErrors()
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        Layout.page(context.t(AccountsText.invitationsTitle), context: context, content: .div(
            .h1(.text(context.t(AccountsText.invitationsTitle))),
            .section(
                .class("card"),
                .p(.text(context.t(AccountsText.invitationsIntro))),
                .unwrap(model.newLink) { link in
                    .div(
                        .class("secret"), .attribute(named: "role", value: "status"),
                        .unwrap(model.mailedTo) { .p(.text(context.t(AccountsText.invitationMailed($0)))) },
                        .p(.text(context.t(AccountsText.invitationCreated))),
                        .element(named: "code", nodes: [Node<HTML.BodyContext>.id("invitation-link"), .text(link)])
                    )
                },
                .form(
                    .method(.post), .safeAction(SiteURL.adminInvitations.path), .novalidate(),
                    Layout.csrfField(context.csrfToken),
                    FormField.input("email", label: context.t(AccountsText.email), value: model.email,
                                    error: model.errors["email"].map { context.t($0) }, type: .email, autocomplete: "off",
                                    required: false, hint: context.t(AccountsText.invitationEmailHint)),
                    FormField.select("language", label: context.t(AccountsText.invitationLanguage),
                                     options: AppLanguage.allCases.map { ($0.rawValue, $0.nativeName) },
                                     selected: model.mailLanguage.rawValue, error: model.errors["language"].map { context.t($0) }),
                    .button(.type(.submit), .class("primary"), .text(context.t(AccountsText.createInvitation)))
                )
            ),
            PasswordInvitationButton.render(returnTo: SiteURL.adminInvitations.path, context: context),
            model.invitations.isEmpty
                ? .p(.class("muted"), .text(context.t(AccountsText.noInvitations)))
                : .table(
                    .class("data-table"),
                    .thead(.tr(
                        .th(.text(context.t(AccountsText.email))),
                        .th(.text(context.t(AccountsText.expires))),
                        .th(.text(context.t(AccountsText.status)))
                    )),
                    .tbody(.forEach(model.invitations) { invitation in
                        .tr(
                            .td(.text(invitation.email ?? context.t(AccountsText.anyEmail))),
                            .td(.text(DateText.dayAndTime(invitation.expiresAt, in: context.language))),
                            .td(.text(context.t(stateText(invitation.state))))
                        )
                    })
                )
        ))
    }

    private static func stateText(_ state: Invitation.State) -> LocalizedText {
        switch state {
        case .open: AccountsText.invitationOpen
        case .used: AccountsText.invitationUsed
        case .expired: AccountsText.invitationExpired
        }
    }
}
