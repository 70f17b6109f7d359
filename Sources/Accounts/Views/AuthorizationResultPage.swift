import Plot
import TreffpunktCore

/// For apps without a redirect address (`urn:ietf:wg:oauth:2.0:oob`): the code to copy, or word that access was denied.
enum AuthorizationResultPage {
    static func code(_ code: String, appName: String, context: PageContext) -> HTML {
        Layout.page(context.t(AccountsText.codeTitle), context: context, content: .article(
            .class("card narrow"),
            .h1(.text(context.t(AccountsText.codeTitle))),
            .div(
                .class("secret"), .attribute(named: "role", value: "status"),
                .p(.text(context.t(AccountsText.codeIntro(app: appName)))),
                .code(.id("authorization-code"), .text(code))
            )
        ))
    }

    static func denied(appName: String, context: PageContext) -> HTML {
        Layout.page(context.t(AccountsText.deniedTitle), context: context, content: .article(
            .class("card narrow"),
            .h1(.text(context.t(AccountsText.deniedTitle))),
            .p(.text(context.t(AccountsText.deniedText(app: appName))))
        ))
    }
}
